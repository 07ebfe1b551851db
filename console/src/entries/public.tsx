import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider, registerMessages } from '../core/i18n';
import { PublicPage } from '../domains/users/public/PublicPage';
import { publicMessages } from '../domains/users/public/messages';
import '../ui/styles.css';

registerMessages(publicMessages);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <PublicPage />
    </I18nProvider>
  </StrictMode>,
);
