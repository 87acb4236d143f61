import { defineRoutes } from '../common/routes';
import {
  changePasswordBodySchema,
  loginBodySchema,
  loginResponseSchema,
  sessionUserSchema,
} from './auth.schemas';

export const authRoutes = defineRoutes('auth', {
  login: {
    method: 'POST',
    path: '/auth/login',
    body: loginBodySchema,
    response: loginResponseSchema,
  },
  /** The refresh token travels in its cookie. */
  refresh: { method: 'POST', path: '/auth/refresh', response: loginResponseSchema },
  logout: { method: 'POST', path: '/auth/logout', status: 204 },
  me: { method: 'GET', path: '/auth/me', response: sessionUserSchema },
  changePassword: {
    method: 'POST',
    path: '/auth/password',
    body: changePasswordBodySchema,
    response: loginResponseSchema,
  },
});
