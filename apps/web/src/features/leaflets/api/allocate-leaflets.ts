import { type CreateLeafletAllocationBody, leafletRoutes } from '@canhgiac/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { invalidateLeaflets } from './invalidate-leaflets';
import { errorExtra } from '../../../lib/error-extra';

export interface AllocateLeafletsInput {
  batchId: string;
  body: CreateLeafletAllocationBody;
}

/**
 * `POST /api/leaflet-batches/:id/allocations {quantity, organizationId | communeCode | conferenceId, note?}`
 * → 201; 409 LEAFLETS_INSUFFICIENT `{available}` when the batch has fewer left.
 */
export function allocateLeaflets({ batchId, body }: AllocateLeafletsInput) {
  return apiRequest(leafletRoutes.allocate, { params: { id: batchId }, body });
}

/** What is left in the batch, when the API refused an allocation for want of stock. */
export function insufficientStock(error: unknown): number | null {
  return errorExtra(error, 'LEAFLETS_INSUFFICIENT')?.available ?? null;
}

export function useAllocateLeaflets() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: allocateLeaflets,
    // A refusal for want of stock also means the figures shown are out of date.
    onSettled: () => invalidateLeaflets(queryClient),
  });
}
