import { leafletRoutes, type ListLeafletAllocationsQuery } from '@canhgiac/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { leafletsQueryKeys } from './get-leaflet-batches';

export type LeafletAllocationsParams = Pick<ListLeafletAllocationsQuery, 'page' | 'pageSize'> &
  Partial<Omit<ListLeafletAllocationsQuery, 'page' | 'pageSize'>>;

/**
 * `GET /api/leaflet-allocations?batchId&recipientKind&placeCode&status&conferenceId&organizationId&page&pageSize`
 * (paged, newest first).
 */
export function getLeafletAllocations(params: LeafletAllocationsParams, signal?: AbortSignal) {
  return apiRequest(leafletRoutes.listAllocations, { query: { ...params }, signal });
}

export function leafletAllocationsQueryOptions(params: LeafletAllocationsParams) {
  return queryOptions({
    queryKey: leafletsQueryKeys.allocations(params),
    queryFn: ({ signal }) => getLeafletAllocations(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useLeafletAllocations(params: LeafletAllocationsParams) {
  return useQuery(leafletAllocationsQueryOptions(params));
}
