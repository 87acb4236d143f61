import { type ChangeConferenceStatusBody, conferenceRoutes } from '@canhgiac/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { invalidateConferences } from './invalidate-conferences';

export interface ChangeConferenceStatusInput {
  id: string;
  body: ChangeConferenceStatusBody;
}

/**
 * `POST /api/conferences/:id/status {status, reason?}`: planned → confirmed → held, or cancelled
 * (with a reason) from planned or confirmed; 409 CONFERENCE_STATUS_INVALID, CONFERENCE_NOT_STARTED.
 */
export function changeConferenceStatus({ id, body }: ChangeConferenceStatusInput) {
  return apiRequest(conferenceRoutes.changeStatus, { params: { id }, body });
}

export function useChangeConferenceStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changeConferenceStatus,
    onSuccess: () => invalidateConferences(queryClient),
  });
}
