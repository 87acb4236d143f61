import { certificateRoutes } from '@canhgiac/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { invalidateCertificates } from './get-certificates';

/**
 * `POST /api/conferences/:id/certificates` → `{issued, certificates}`: one certificate for every
 * attended registration without one; 409 CONFERENCE_NOT_HELD unless the conference was held.
 */
export function issueCertificates(conferenceId: string) {
  return apiRequest(certificateRoutes.issue, { params: { id: conferenceId } });
}

export function useIssueCertificates() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: issueCertificates,
    onSuccess: (_result, conferenceId) => invalidateCertificates(queryClient, conferenceId),
  });
}
