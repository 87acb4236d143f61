import { Navigate } from 'react-router';
import { useCurrentUser } from '../../lib/use-session';
import { paths } from '../../lib/paths';
import { homePathFor } from './home-path';

/** "/" opens the page each role works with most. */
export function HomeRedirect() {
  const user = useCurrentUser();
  return <Navigate to={user ? homePathFor(user.role) : paths.login} replace />;
}
