import type { LoginResponse, SessionUser } from '@canhgiac/contracts';
import { setAccessTokenGetter, setSessionRenewer, setUnauthorizedHandler } from './access-token';
import { ApiError } from './api-errors';
import { wipeOfflineData } from './offline-database';
import { requestRefresh } from './session-refresh';

// The session lives in memory only: the access token is never written to storage. A page load
// restores it from the httpOnly refresh cookie (POST /api/auth/refresh). No runtime import of
// zod or the contracts: the refresh is a plain fetch, and the other requests load on demand.

export type SessionState =
  /** Not asked yet (page load) or being restored. */
  | { status: 'unknown' }
  /** The server could not be reached while restoring; nothing is known. */
  | { status: 'unavailable' }
  /** Signed out; `reason` says why when the user did not ask for it. */
  | { status: 'anonymous'; reason?: 'expired' | 'signed-out' }
  | { status: 'authenticated'; user: SessionUser };

const REFRESH_LOCK = 'canhgiac.session-refresh';
const RETRY_AFTER_FAILURE_MS = 30_000;

let state: SessionState = { status: 'unknown' };
let accessToken: string | null = null;
let refreshTimer: ReturnType<typeof setTimeout> | undefined;
let renewal: Promise<boolean> | null = null;
const listeners = new Set<() => void>();

function setState(next: SessionState): void {
  state = next;
  for (const listener of listeners) listener();
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getSessionState(): SessionState {
  return state;
}

function clearTimer(): void {
  if (refreshTimer !== undefined) clearTimeout(refreshTimer);
  refreshTimer = undefined;
}

/** Renews a little before the token runs out: a minute early, or a fifth early for short tokens. */
export function refreshDelayMs(expiresInSeconds: number): number {
  const margin = Math.min(60, expiresInSeconds * 0.2);
  return Math.max(5, expiresInSeconds - margin) * 1000;
}

function scheduleRenewal(delayMs: number): void {
  clearTimer();
  refreshTimer = setTimeout(() => void renewSession(), delayMs);
}

/** After a login, a refresh or a password change: the token, the user, the next renewal. */
export function startSession(response: LoginResponse): void {
  accessToken = response.accessToken;
  scheduleRenewal(refreshDelayMs(response.expiresIn));
  setState({ status: 'authenticated', user: response.user });
}

function endSession(reason?: 'expired' | 'signed-out'): void {
  clearTimer();
  accessToken = null;
  setState({ status: 'anonymous', reason });
}

/** Tabs share the refresh cookie and the server rotates it: one refresh at a time, across tabs too. */
async function withRefreshLock(work: () => Promise<LoginResponse>): Promise<LoginResponse> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  return locks ? await locks.request(REFRESH_LOCK, work) : work();
}

async function refresh(): Promise<boolean> {
  const tokenBefore = accessToken;
  try {
    startSession(await withRefreshLock(requestRefresh));
    return true;
  } catch (error) {
    // A login finished while the page load's check was out: its answer no longer applies.
    if (accessToken !== tokenBefore) return accessToken !== null;
    if (error instanceof ApiError && error.statusCode === 401) {
      endSession(state.status === 'authenticated' ? 'expired' : undefined);
    } else if (state.status === 'authenticated') {
      // Network or server trouble: keep working with the current token, try again soon.
      scheduleRenewal(RETRY_AFTER_FAILURE_MS);
    } else {
      setState({ status: 'unavailable' });
    }
    return false;
  }
}

/**
 * Trades the refresh cookie for a new access token; resolves true when one is in place.
 * Concurrent callers share one request (a refresh token may be spent only once).
 */
export function renewSession(): Promise<boolean> {
  renewal ??= refresh().finally(() => {
    renewal = null;
  });
  return renewal;
}

/** The session as soon as a check or renewal under way has answered; starts none. */
export async function settledSession(): Promise<SessionState> {
  if (renewal) await renewal;
  return state;
}

/** On page load (and after "try again"): restores the session once. */
export function restoreSession(): Promise<boolean> {
  if (state.status === 'authenticated') return Promise.resolve(true);
  if (state.status === 'unavailable') setState({ status: 'unknown' });
  return renewSession();
}

/**
 * "Đăng xuất": the server forgets the refresh token, then the session ends here, and the lists
 * downloaded for offline check-in are wiped from the device.
 */
export async function signOut(): Promise<void> {
  const { requestLogout } = await import('./session-requests');
  try {
    await requestLogout();
  } finally {
    endSession('signed-out');
    await wipeOfflineData();
  }
}

/** Back to "not asked yet", forgetting everything (tests; never needed by the app itself). */
export function resetSession(): void {
  clearTimer();
  accessToken = null;
  renewal = null;
  state = { status: 'unknown' };
}

setAccessTokenGetter(() => accessToken);
setSessionRenewer(renewSession);
setUnauthorizedHandler(() => {
  if (state.status === 'authenticated') endSession('expired');
});
