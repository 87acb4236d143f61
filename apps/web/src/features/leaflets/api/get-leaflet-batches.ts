import { leafletRoutes, MAX_PAGE_SIZE } from '@canhgiac/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const leafletsQueryKeys = {
  all: ['leaflets'] as const,
  batches: () => ['leaflets', 'batches'] as const,
  allocations: (params: object) => ['leaflets', 'allocations', params] as const,
  summary: (params: object) => ['leaflets', 'summary', params] as const,
};

/**
 * `GET /api/leaflet-batches?pageSize=500`: every batch with what is allocated, delivered and
 * left (a province receives a few batches a year).
 */
export function getLeafletBatches(signal?: AbortSignal) {
  return apiRequest(leafletRoutes.listBatches, {
    query: { page: 1, pageSize: MAX_PAGE_SIZE },
    signal,
  });
}

export function leafletBatchesQueryOptions() {
  return queryOptions({
    queryKey: leafletsQueryKeys.batches(),
    queryFn: ({ signal }) => getLeafletBatches(signal),
    select: (page) => page.items,
    staleTime: 0,
  });
}

export function useLeafletBatches() {
  return useQuery(leafletBatchesQueryOptions());
}
