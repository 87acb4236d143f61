// No runtime imports: the shell (a future auth provider) can set the token without loading
// the api client and the contracts.

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

/** Called when the API answers 401 (expired or missing token), e.g. to go to the login page. */
export function setUnauthorizedHandler(handler: UnauthorizedHandler): void {
  unauthorizedHandler = handler;
}

export function notifyUnauthorized(): void {
  unauthorizedHandler();
}
