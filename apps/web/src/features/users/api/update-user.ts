import { type UpdateUserBody, userRoutes } from '@canhgiac/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { usersQueryKeys } from './get-users';

export interface UpdateUserInput {
  id: string;
  body: UpdateUserBody;
}

/**
 * `PATCH /api/users/:id` with any of fullName, role, organizationId, active, or password (a
 * reset) → 200 the user; 409 SELF_LOCKOUT when admins would lock themselves out.
 */
export function updateUser({ id, body }: UpdateUserInput) {
  return apiRequest(userRoutes.update, { params: { id }, body });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKeys.all }),
  });
}
