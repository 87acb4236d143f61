import { conferenceRoutes } from '@canhgiac/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/**
 * `GET /api/conferences?q&pageSize=20`: conferences to allocate leaflets to, searched by title or
 * place. Keyed under ['conferences'] so that changes made on the conference pages show here.
 */
export function conferenceOptionsQueryOptions(q: string) {
  return queryOptions({
    queryKey: ['conferences', 'leaflet-options', q] as const,
    queryFn: ({ signal }) =>
      apiRequest(conferenceRoutes.list, {
        query: { page: 1, pageSize: 20, q: q || undefined },
        signal,
      }),
    select: (page) => page.items.filter((conference) => conference.status !== 'cancelled'),
    placeholderData: keepPreviousData,
  });
}

export function useConferenceOptions(q: string) {
  return useQuery(conferenceOptionsQueryOptions(q));
}
