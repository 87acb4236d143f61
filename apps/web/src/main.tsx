import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18nReady } from './i18n/i18n';
import { App } from './app/app';
import { bootLoginSent } from './lib/boot-login';

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');

// At once in Vietnamese; in English once its texts have arrived, so no Vietnamese flashes first.
// A sign-in sent from index.html's form is let finish first, so its answer is not cut off.
void i18nReady
  .catch(() => undefined)
  .then(bootLoginSent)
  .finally(() =>
    createRoot(container).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
