import { type CreateLeafletBatchBody, leafletRoutes } from '@canhgiac/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { invalidateLeaflets } from './invalidate-leaflets';

/** `POST /api/leaflet-batches {title, quantity, receivedOn, campaignId?, note?}` → 201 the batch. */
export function createLeafletBatch(body: CreateLeafletBatchBody) {
  return apiRequest(leafletRoutes.createBatch, { body });
}

export function useCreateLeafletBatch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createLeafletBatch,
    onSuccess: () => invalidateLeaflets(queryClient),
  });
}
