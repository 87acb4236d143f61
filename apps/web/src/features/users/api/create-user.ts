import { type CreateUserBody, userRoutes } from '@canhgiac/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { usersQueryKeys } from './get-users';

/** `POST /api/users` → 201 the user; 409 USERNAME_TAKEN. */
export function createUser(body: CreateUserBody) {
  return apiRequest(userRoutes.create, { body });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKeys.all }),
  });
}
