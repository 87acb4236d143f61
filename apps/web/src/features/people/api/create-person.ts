import { type CreatePersonBody, peopleRoutes } from '@canhgiac/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { peopleQueryKeys } from './get-people';

/**
 * `POST /api/people` → 201 the person; 409 PERSON_DUPLICATE with `existingId` when the same
 * person (name + birth year + phone, or + commune without a phone) is already listed.
 */
export function createPerson(body: CreatePersonBody) {
  return apiRequest(peopleRoutes.create, { body });
}

export function useCreatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPerson,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: peopleQueryKeys.all }),
  });
}
