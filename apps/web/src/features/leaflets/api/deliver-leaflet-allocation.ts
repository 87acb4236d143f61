import { type DeliverLeafletAllocationBody, leafletRoutes } from '@canhgiac/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { invalidateLeaflets } from './invalidate-leaflets';

export interface DeliverLeafletAllocationInput {
  id: string;
  body: DeliverLeafletAllocationBody;
}

/**
 * `POST /api/leaflet-allocations/:id/deliver {deliveredOn, receivedBy}` → the allocation,
 * delivered; 409 ALLOCATION_NOT_PLANNED once delivered or cancelled.
 */
export function deliverLeafletAllocation({ id, body }: DeliverLeafletAllocationInput) {
  return apiRequest(leafletRoutes.deliver, { params: { id }, body });
}

export function useDeliverLeafletAllocation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deliverLeafletAllocation,
    onSuccess: () => invalidateLeaflets(queryClient),
  });
}
