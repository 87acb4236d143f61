import { campaignRoutes } from '@canhgiac/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { campaignsQueryKeys } from './get-campaigns';

/** `GET /api/campaigns/:id/progress`: conferences by status and communes reached, against targets. */
export function getCampaignProgress(id: string, signal?: AbortSignal) {
  return apiRequest(campaignRoutes.progress, { params: { id }, signal });
}

export function campaignProgressQueryOptions(id: string) {
  return queryOptions({
    queryKey: campaignsQueryKeys.progress(id),
    queryFn: ({ signal }) => getCampaignProgress(id, signal),
    staleTime: 0,
  });
}

export function useCampaignProgress(id: string) {
  return useQuery(campaignProgressQueryOptions(id));
}
