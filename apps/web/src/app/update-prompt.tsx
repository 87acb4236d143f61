import { useEffect, useState } from 'react';
import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import { useTranslation } from 'react-i18next';

/**
 * Registers the service worker that lets the app open with no network, and offers a new
 * version when one is deployed. It is never applied by itself: a coordinator in the middle of
 * a check-in finishes first, then taps "Cập nhật" (the page reloads on the new version).
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const [apply, setApply] = useState<(() => void) | null>(null);

  useEffect(() => {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    let active = true;
    void import('workbox-window').then(({ Workbox }) => {
      if (!active) return;
      const workbox = new Workbox('/sw.js', { scope: '/' });
      workbox.addEventListener('waiting', () => {
        setApply(() => () => {
          workbox.addEventListener('controlling', () => window.location.reload());
          workbox.messageSkipWaiting();
        });
      });
      void workbox.register();
    });
    return () => {
      active = false;
    };
  }, []);

  return (
    <Snackbar
      open={apply !== null}
      message={t('app.updateReady')}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      action={
        <>
          <Button color="inherit" onClick={() => setApply(null)}>
            {t('app.updateLater')}
          </Button>
          <Button color="secondary" variant="contained" onClick={() => apply?.()}>
            {t('app.updateNow')}
          </Button>
        </>
      }
    />
  );
}
