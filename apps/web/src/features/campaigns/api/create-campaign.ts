import { campaignRoutes, type CreateCampaignBody } from '@canhgiac/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { campaignsQueryKeys } from './get-campaigns';

/** `POST /api/campaigns` → 201 the campaign. */
export function createCampaign(body: CreateCampaignBody) {
  return apiRequest(campaignRoutes.create, { body });
}

export function useCreateCampaign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCampaign,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignsQueryKeys.all }),
  });
}
