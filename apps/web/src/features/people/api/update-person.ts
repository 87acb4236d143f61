import { peopleRoutes, type UpdatePersonBody } from '@canhgiac/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { peopleQueryKeys } from './get-people';

export interface UpdatePersonInput {
  id: string;
  body: UpdatePersonBody;
}

/** `PATCH /api/people/:id` with the changed fields; 409 PERSON_DUPLICATE, PERSON_ERASED. */
export function updatePerson({ id, body }: UpdatePersonInput) {
  return apiRequest(peopleRoutes.update, { params: { id }, body });
}

export function useUpdatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePerson,
    // Registrations show the person too.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: peopleQueryKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['registrations'] }),
      ]),
  });
}
