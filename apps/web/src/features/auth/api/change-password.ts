import { loginResponseSchema, type ChangePasswordBody } from '@canhgiac/contracts';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { startSession } from '../../../lib/session';

/**
 * `POST /api/auth/password` → a new session, as after a login: every other session of the user
 * ends, this one continues with the new token.
 */
export function changePassword(body: ChangePasswordBody) {
  return apiRequest('/auth/password', { method: 'POST', body, schema: loginResponseSchema });
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword, onSuccess: startSession });
}
