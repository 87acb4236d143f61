import { authRoutes, type LoginBody } from '@canhgiac/contracts';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { startSession } from '../../../lib/session';

/** `POST /api/auth/login` → the access token and the user; the server sets the refresh cookie. */
export function login(body: LoginBody) {
  return apiRequest(authRoutes.login, { body, renewOnUnauthorized: false });
}

export function useLogin() {
  return useMutation({ mutationFn: login, onSuccess: startSession });
}
