import { leafletAllocationSchema, type CreateLeafletAllocationBody } from '@canhgiac/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, ApiError } from '../../../lib/api-client';
import { invalidateLeaflets } from './invalidate-leaflets';

export interface AllocateLeafletsInput {
  batchId: string;
  body: CreateLeafletAllocationBody;
}

/**
 * `POST /api/leaflet-batches/:id/allocations {quantity, organizationId | communeCode | conferenceId, note?}`
 * → 201; 409 LEAFLETS_INSUFFICIENT `{available}` when the batch has fewer left.
 */
export function allocateLeaflets({ batchId, body }: AllocateLeafletsInput) {
  return apiRequest(`/leaflet-batches/${encodeURIComponent(batchId)}/allocations`, {
    method: 'POST',
    body,
    schema: leafletAllocationSchema,
  });
}

/** What is left in the batch, when the API refused an allocation for want of stock. */
export function insufficientStock(error: unknown): number | null {
  if (!(error instanceof ApiError) || error.code !== 'LEAFLETS_INSUFFICIENT') return null;
  const available = (error.body as { available?: unknown }).available;
  return typeof available === 'number' ? available : null;
}

export function useAllocateLeaflets() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: allocateLeaflets,
    // A refusal for want of stock also means the figures shown are out of date.
    onSettled: () => invalidateLeaflets(queryClient),
  });
}
