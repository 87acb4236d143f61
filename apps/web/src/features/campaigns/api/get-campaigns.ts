import { campaignRoutes, type ListCampaignsQuery } from '@canhgiac/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export type CampaignsParams = Pick<ListCampaignsQuery, 'page' | 'pageSize'> &
  Partial<Pick<ListCampaignsQuery, 'year'>>;

export const campaignsQueryKeys = {
  all: ['campaigns'] as const,
  list: (params: CampaignsParams) => ['campaigns', 'list', params] as const,
  detail: (id: string) => ['campaigns', 'detail', id] as const,
  progress: (id: string) => ['campaigns', 'progress', id] as const,
};

/** `GET /api/campaigns?page&pageSize&year` (paged). */
export function getCampaigns(params: CampaignsParams, signal?: AbortSignal) {
  return apiRequest(campaignRoutes.list, { query: { ...params }, signal });
}

export function campaignsQueryOptions(params: CampaignsParams) {
  return queryOptions({
    queryKey: campaignsQueryKeys.list(params),
    queryFn: ({ signal }) => getCampaigns(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCampaigns(params: CampaignsParams) {
  return useQuery(campaignsQueryOptions(params));
}
