import { useSyncExternalStore } from 'react';
import type { SessionUser } from '@canhgiac/contracts';
import { getSessionState, subscribeSession, type SessionState } from './session';

export function useSession(): SessionState {
  return useSyncExternalStore(subscribeSession, getSessionState, getSessionState);
}

/** The signed-in user; only for screens behind the login requirement. */
export function useCurrentUser(): SessionUser | null {
  const session = useSession();
  return session.status === 'authenticated' ? session.user : null;
}
