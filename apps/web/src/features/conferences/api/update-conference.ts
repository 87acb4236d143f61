import { conferenceRoutes, type UpdateConferenceBody } from '@canhgiac/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { invalidateConferences } from './invalidate-conferences';

export interface UpdateConferenceInput {
  id: string;
  body: UpdateConferenceBody;
}

/**
 * `PATCH /api/conferences/:id` with the changed fields → 200 the conference; 409
 * CONFERENCE_CLASH as for creating, CONFERENCE_NOT_EDITABLE when held or cancelled (notes only).
 */
export function updateConference({ id, body }: UpdateConferenceInput) {
  return apiRequest(conferenceRoutes.update, { params: { id }, body });
}

export function useUpdateConference() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateConference,
    onSuccess: () => invalidateConferences(queryClient),
  });
}
