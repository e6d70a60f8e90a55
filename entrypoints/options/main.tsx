import { createRoot } from 'react-dom/client';
import { StrictMode } from 'react';
import { OptionsApp } from '@/components/options/OptionsApp';
import '@/components/theme.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <OptionsApp />
    </StrictMode>,
  );
}
