import { campaignRoutes } from '@canhgiac/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { campaignsQueryKeys } from './get-campaigns';

/** `GET /api/campaigns/:id`. */
export function getCampaign(id: string, signal?: AbortSignal) {
  return apiRequest(campaignRoutes.get, { params: { id }, signal });
}

export function campaignQueryOptions(id: string) {
  return queryOptions({
    queryKey: campaignsQueryKeys.detail(id),
    queryFn: ({ signal }) => getCampaign(id, signal),
  });
}

export function useCampaign(id: string) {
  return useQuery(campaignQueryOptions(id));
}
