import { campaignRoutes, type UpdateCampaignBody } from '@canhgiac/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { campaignsQueryKeys } from './get-campaigns';

export interface UpdateCampaignInput {
  id: string;
  body: UpdateCampaignBody;
}

/** `PATCH /api/campaigns/:id` with only the changed fields → 200 the campaign. */
export function updateCampaign({ id, body }: UpdateCampaignInput) {
  return apiRequest(campaignRoutes.update, { params: { id }, body });
}

export function useUpdateCampaign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCampaign,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignsQueryKeys.all }),
  });
}
