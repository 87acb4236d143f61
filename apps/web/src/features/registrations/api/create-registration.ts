import { type CreateRegistrationBody, registrationRoutes } from '@canhgiac/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { registrationsQueryKeys } from './get-registrations';

export interface CreateRegistrationInput {
  conferenceId: string;
  body: CreateRegistrationBody;
}

/**
 * `POST /api/conferences/:id/registrations {personId} | {person:{…}}` → 201 the registration;
 * 409 ALREADY_REGISTERED, CONFERENCE_FULL (`capacity`), CONFERENCE_CANCELLED.
 */
export function createRegistration({ conferenceId, body }: CreateRegistrationInput) {
  return apiRequest(registrationRoutes.create, { params: { id: conferenceId }, body });
}

export function useCreateRegistration() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createRegistration,
    onSuccess: (_registration, { conferenceId }) =>
      Promise.all([
        queryClient.invalidateQueries({
          queryKey: registrationsQueryKeys.conference(conferenceId),
        }),
        queryClient.invalidateQueries({ queryKey: ['people'] }),
      ]),
  });
}
