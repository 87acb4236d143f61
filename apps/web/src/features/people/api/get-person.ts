import { peopleRoutes } from '@canhgiac/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { peopleQueryKeys } from './get-people';

/** `GET /api/people/:id` (404 also for someone outside a coordinator's organization). */
export function getPerson(id: string, signal?: AbortSignal) {
  return apiRequest(peopleRoutes.get, { params: { id }, signal });
}

export function personQueryOptions(id: string) {
  return queryOptions({
    queryKey: peopleQueryKeys.detail(id),
    queryFn: ({ signal }) => getPerson(id, signal),
  });
}

export function usePerson(id: string | null) {
  return useQuery({ ...personQueryOptions(id ?? ''), enabled: Boolean(id) });
}
