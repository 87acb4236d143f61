import { conferenceRoutes, type ListConferencesQuery } from '@canhgiac/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export type ConferencesParams = Pick<ListConferencesQuery, 'page' | 'pageSize'> &
  Partial<Omit<ListConferencesQuery, 'page' | 'pageSize'>>;

export const conferencesQueryKeys = {
  all: ['conferences'] as const,
  list: (params: ConferencesParams) => ['conferences', 'list', params] as const,
  detail: (id: string) => ['conferences', 'detail', id] as const,
};

/**
 * `GET /api/conferences?campaignId&from&to&districtCode&communeCode&status&q&page&pageSize`:
 * conferences overlapping the days [from, to] (Vietnamese days), by start time.
 */
export function getConferences(params: ConferencesParams, signal?: AbortSignal) {
  return apiRequest(conferenceRoutes.list, { query: { ...params }, signal });
}

export function conferencesQueryOptions(params: ConferencesParams) {
  return queryOptions({
    queryKey: conferencesQueryKeys.list(params),
    queryFn: ({ signal }) => getConferences(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useConferences(params: ConferencesParams) {
  return useQuery(conferencesQueryOptions(params));
}
