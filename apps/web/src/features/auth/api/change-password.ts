import { authRoutes, type ChangePasswordBody } from '@canhgiac/contracts';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { startSession } from '../../../lib/session';

/**
 * `POST /api/auth/password` → a new session, as after a login: every other session of the user
 * ends, this one continues with the new token.
 */
export function changePassword(body: ChangePasswordBody) {
  return apiRequest(authRoutes.changePassword, { body });
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword, onSuccess: startSession });
}
