// No runtime imports: the shell (lib/session) sets the token without loading the api client
// and the contracts.

type TokenGetter = () => string | null | undefined;
let tokenGetter: TokenGetter = () => null;

/** The bearer token to send, if any. */
export function getAccessToken(): string | null | undefined {
  return tokenGetter();
}

/** Hook point for authentication: the function is asked for a bearer token on every request. */
export function setAccessTokenGetter(getter: TokenGetter): void {
  tokenGetter = getter;
}

/** Convenience over `setAccessTokenGetter` for a token held in memory; `null` signs out. */
export function setAccessToken(token: string | null): void {
  tokenGetter = () => token;
}

type UnauthorizedHandler = () => void;
let unauthorizedHandler: UnauthorizedHandler = () => undefined;

/** Called when the API answers 401 and renewing the session did not help: go to the login page. */
export function setUnauthorizedHandler(handler: UnauthorizedHandler): void {
  unauthorizedHandler = handler;
}

export function notifyUnauthorized(): void {
  unauthorizedHandler();
}

type SessionRenewer = () => Promise<boolean>;
let sessionRenewer: SessionRenewer | null = null;

/**
 * Hook point for a session that can renew its access token (lib/session): on a 401 the api
 * client asks it once for a new token, then repeats the request.
 */
export function setSessionRenewer(renewer: SessionRenewer | null): void {
  sessionRenewer = renewer;
}

/** Resolves true when a new access token is in place. */
export function renewSession(): Promise<boolean> {
  return sessionRenewer ? sessionRenewer() : Promise.resolve(false);
}
