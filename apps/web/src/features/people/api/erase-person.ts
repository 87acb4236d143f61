import { peopleRoutes } from '@canhgiac/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { peopleQueryKeys } from './get-people';

/**
 * `DELETE /api/people/:id` → 204: erases the name, phone and birth year; attendance stays
 * counted, anonymously.
 */
export function erasePerson(id: string) {
  return apiRequest(peopleRoutes.erase, { params: { id } });
}

export function useErasePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: erasePerson,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: peopleQueryKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['registrations'] }),
        queryClient.invalidateQueries({ queryKey: ['certificates'] }),
      ]),
  });
}
