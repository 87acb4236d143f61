import { registrationRoutes } from '@canhgiac/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { registrationsQueryKeys } from './get-registrations';

export interface DeleteRegistrationInput {
  conferenceId: string;
  registrationId: string;
}

/** `DELETE /api/conferences/:id/registrations/:registrationId` → 204; 409 REGISTRATION_ATTENDED. */
export function deleteRegistration({ conferenceId, registrationId }: DeleteRegistrationInput) {
  const conference = encodeURIComponent(conferenceId);
  return apiRequest(registrationRoutes.delete, { params: { id: conference, registrationId } });
}

export function useDeleteRegistration() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteRegistration,
    onSuccess: (_result, { conferenceId }) =>
      queryClient.invalidateQueries({ queryKey: registrationsQueryKeys.conference(conferenceId) }),
  });
}
