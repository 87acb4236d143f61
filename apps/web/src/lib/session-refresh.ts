import type { ErrorResponse, LoginResponse } from '@canhgiac/contracts';
import { ApiError, NetworkError, UnexpectedResponseError } from './api-errors';

// Every page load starts with the refresh, before the page's own code has arrived: a plain
// fetch, so that it waits for neither the api client nor zod and the contracts, whose chunks
// download meanwhile. The answer is checked by hand for what the shell relies on.

const REFRESH_URL = '/api/auth/refresh';
const LOGIN_URL = '/api/auth/login';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

function isSession(body: unknown): body is LoginResponse {
  if (!isObject(body) || !isObject(body.user)) return false;
  const { user } = body;
  return (
    typeof body.accessToken === 'string' &&
    typeof body.expiresIn === 'number' &&
    typeof user.id === 'string' &&
    typeof user.username === 'string' &&
    typeof user.fullName === 'string' &&
    typeof user.role === 'string' &&
    (user.organizationId === null || typeof user.organizationId === 'string')
  );
}

function isErrorBody(body: unknown): body is ErrorResponse {
  return (
    isObject(body) &&
    typeof body.statusCode === 'number' &&
    typeof body.error === 'string' &&
    typeof body.message === 'string'
  );
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

/** A session answer from `url`, checked by hand; an error body becomes an ApiError. */
async function requestSession(url: string, body?: object): Promise<LoginResponse> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        ...(body ? { 'Content-Type': 'application/json' } : {}),
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
  } catch (error) {
    throw new NetworkError(error);
  }
  const answer = await readJson(response);
  if (!response.ok) {
    throw new ApiError(
      isErrorBody(answer)
        ? answer
        : {
            statusCode: response.status,
            error: response.statusText || `HTTP ${response.status}`,
            message: '',
          },
    );
  }
  if (!isSession(answer)) throw new UnexpectedResponseError(url, answer);
  return answer;
}

/** `POST /api/auth/refresh` (no body: the httpOnly cookie does it) → a new access token. */
export function requestRefresh(): Promise<LoginResponse> {
  return requestSession(REFRESH_URL);
}

/**
 * `POST /api/auth/login` for the sign-in form drawn before the app's code has arrived
 * (`boot-login.ts`); the app's own form uses the api client.
 */
export function requestLogin(body: { username: string; password: string }): Promise<LoginResponse> {
  return requestSession(LOGIN_URL, body);
}
