import { conferenceRoutes, type CreateConferenceBody } from '@canhgiac/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { invalidateConferences } from './invalidate-conferences';

/**
 * `POST /api/conferences` → 201 the conference; 409 CONFERENCE_CLASH with `conflicts` when the
 * venue or a trainer is booked at an overlapping time, unless `force: true`.
 */
export function createConference(body: CreateConferenceBody) {
  return apiRequest(conferenceRoutes.create, { body });
}

export function useCreateConference() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createConference,
    onSuccess: () => invalidateConferences(queryClient),
  });
}
