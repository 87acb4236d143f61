import { authRoutes, type LoginBody } from '@canhgiac/contracts';
import type { TFunction } from 'i18next';
import { apiRequest } from '../../../lib/api-client';
import { ApiError } from '../../../lib/api-errors';
import { errorExtra } from '../../../lib/error-extra';

// Loaded on demand by the login form (it needs the api client and the contracts, which the
// login page's first load does without), and prefetched while the user types.

/** `POST /api/auth/login` → the access token and the user; the server sets the refresh cookie. */
export function login(body: LoginBody) {
  return apiRequest(authRoutes.login, { body, renewOnUnauthorized: false });
}

/** Wrong credentials and a temporary lock-out, in words; null for any other failure. */
export function loginFailureText(error: unknown, t: TFunction): string | null {
  if (!(error instanceof ApiError)) return null;
  if (error.statusCode === 401) return t('errors.codes.INVALID_CREDENTIALS');
  const locked = errorExtra(error, 'LOGIN_LOCKED');
  if (locked) return t('login.locked', { minutes: Math.max(1, Math.ceil(locked.retryAfter / 60)) });
  return null;
}
