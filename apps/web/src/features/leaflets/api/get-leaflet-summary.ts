import { leafletRoutes, type LeafletSummaryQuery } from '@canhgiac/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { leafletsQueryKeys } from './get-leaflet-batches';

/** `GET /api/leaflets/summary?campaignId&batchId`: allocated and delivered per commune of today, and totals. */
export function getLeafletSummary(params: LeafletSummaryQuery, signal?: AbortSignal) {
  return apiRequest(leafletRoutes.summary, { query: { ...params }, signal });
}

export function leafletSummaryQueryOptions(params: LeafletSummaryQuery) {
  return queryOptions({
    queryKey: leafletsQueryKeys.summary(params),
    queryFn: ({ signal }) => getLeafletSummary(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useLeafletSummary(params: LeafletSummaryQuery) {
  return useQuery(leafletSummaryQueryOptions(params));
}
