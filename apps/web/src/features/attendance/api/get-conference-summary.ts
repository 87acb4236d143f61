import { conferenceRoutes } from '@canhgiac/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/**
 * `GET /api/conferences/:id`: the check-in page's title and status. Keyed as the conferences
 * feature keys the conference, so opening check-in from the conference page costs no request.
 */
export function conferenceSummaryQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['conferences', 'detail', id] as const,
    queryFn: ({ signal }) => apiRequest(conferenceRoutes.get, { params: { id }, signal }),
  });
}

export function useConferenceSummary(id: string) {
  return useQuery(conferenceSummaryQueryOptions(id));
}
