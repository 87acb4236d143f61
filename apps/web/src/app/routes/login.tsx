import { useEffect } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useSearchParams } from 'react-router';
import { LoginForm, loadLoginRequest } from '../../features/auth/components/login-form';
import { safeNextPath } from '../../lib/safe-redirect';
import { restoreSession } from '../../lib/session';
import { useSession } from '../../lib/use-session';
import { useDocumentTitle } from '../../lib/use-document-title';
import { homePathFor } from '../auth/home-path';
import { LanguageSwitch } from '../layout/language-switch';

/**
 * Once the form is drawn, what comes after it downloads while the user types: the login request
 * (api client, contracts) and the app's shell.
 */
function usePrefetchWhileTyping() {
  useEffect(() => {
    const prefetch = () => {
      void loadLoginRequest();
      void import('../layout/app-layout');
    };
    if (typeof window.requestIdleCallback !== 'function') {
      const timer = setTimeout(prefetch, 200);
      return () => clearTimeout(timer);
    }
    const handle = window.requestIdleCallback(prefetch, { timeout: 1000 });
    return () => window.cancelIdleCallback(handle);
  }, []);
}

interface LoginLocationState {
  reason?: 'expired' | 'signed-out';
}

/**
 * "/login": outside the shell. Once the session starts it goes on to the page asked for
 * (`?next=`), or to the role's first page.
 */
export function LoginRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('login.title'));
  const session = useSession();
  const location = useLocation();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const reason = (location.state as LoginLocationState | null)?.reason;

  useEffect(() => {
    // Someone with a session (a reload of /login) goes straight on.
    if (session.status === 'unknown') void restoreSession();
  }, [session.status]);
  usePrefetchWhileTyping();

  // The form draws while the session is being checked: on a slow line the check takes a round
  // trip, and someone with a session is moved on as soon as it answers.
  if (session.status === 'authenticated') {
    return <Navigate to={next ?? homePathFor(session.user.role)} replace />;
  }

  return (
    <Box
      component="main"
      sx={{
        minHeight: '100vh',
        display: 'grid',
        placeItems: 'center',
        p: 2,
        bgcolor: 'background.default',
      }}
    >
      <Box sx={{ position: 'absolute', top: 8, right: 8 }}>
        <LanguageSwitch />
      </Box>
      <Paper sx={{ p: { xs: 3, sm: 4 }, width: '100%', maxWidth: 420 }}>
        <Typography component="p" variant="h5" color="primary" sx={{ fontWeight: 700 }}>
          {t('app.name')}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 3 }}>
          {t('login.intro')}
        </Typography>
        <Typography variant="h1" sx={{ mb: 2 }}>
          {t('login.title')}
        </Typography>
        {reason === 'expired' && (
          <Alert severity="info" sx={{ mb: 2 }}>
            {t('login.expired')}
          </Alert>
        )}
        {session.status === 'unavailable' && (
          <Alert severity="warning" sx={{ mb: 2 }}>
            {t('session.unavailableBody')}
          </Alert>
        )}
        <LoginForm />
      </Paper>
    </Box>
  );
}
