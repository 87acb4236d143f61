import { useEffect } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { PageLoading } from '../../components/page-loading';
import { restoreSession } from '../../lib/session';
import { useSession } from '../../lib/use-session';
import { paths } from '../../lib/paths';
import { SessionUnavailable } from './session-unavailable';

/**
 * Everything below needs a signed-in user. On page load the session is restored from the
 * refresh cookie; without one, the login page opens and comes back here afterwards.
 */
export function RequireAuth() {
  const session = useSession();
  const location = useLocation();

  useEffect(() => {
    if (session.status === 'unknown') void restoreSession();
  }, [session.status]);

  if (session.status === 'unknown') return <PageLoading />;
  if (session.status === 'unavailable') return <SessionUnavailable />;
  if (session.status === 'anonymous') {
    const here = `${location.pathname}${location.search}`;
    const target =
      session.reason === 'signed-out' || here === paths.home
        ? paths.login
        : `${paths.login}?next=${encodeURIComponent(here)}`;
    return <Navigate to={target} replace state={{ reason: session.reason }} />;
  }
  return <Outlet />;
}
