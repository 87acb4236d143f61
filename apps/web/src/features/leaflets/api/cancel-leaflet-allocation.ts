import { type CancelLeafletAllocationBody, leafletRoutes } from '@canhgiac/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { invalidateLeaflets } from './invalidate-leaflets';

export interface CancelLeafletAllocationInput {
  id: string;
  body: CancelLeafletAllocationBody;
}

/**
 * `POST /api/leaflet-allocations/:id/cancel {reason}`: a planned allocation is cancelled and its
 * leaflets return to the batch's stock; the record stays.
 */
export function cancelLeafletAllocation({ id, body }: CancelLeafletAllocationInput) {
  return apiRequest(leafletRoutes.cancel, { params: { id }, body });
}

export function useCancelLeafletAllocation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelLeafletAllocation,
    onSuccess: () => invalidateLeaflets(queryClient),
  });
}
