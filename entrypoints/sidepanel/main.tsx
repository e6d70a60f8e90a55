import { createRoot } from 'react-dom/client';
import { StrictMode } from 'react';
import { SidePanelApp } from '@/components/panel/SidePanelApp';
import '@/components/theme.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <SidePanelApp />
    </StrictMode>,
  );
}
