import { conferenceRoutes } from '@canhgiac/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { conferencesQueryKeys } from './get-conferences';

/** `GET /api/conferences/:id`. */
export function getConference(id: string, signal?: AbortSignal) {
  return apiRequest(conferenceRoutes.get, { params: { id }, signal });
}

export function conferenceQueryOptions(id: string) {
  return queryOptions({
    queryKey: conferencesQueryKeys.detail(id),
    queryFn: ({ signal }) => getConference(id, signal),
  });
}

export function useConference(id: string) {
  return useQuery(conferenceQueryOptions(id));
}
