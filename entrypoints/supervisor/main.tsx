import { createRoot } from 'react-dom/client';
import { StrictMode } from 'react';
import { SupervisorApp } from '@/components/supervisor/SupervisorApp';
import '@/components/theme.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <SupervisorApp />
    </StrictMode>,
  );
}
