import { certificateRoutes } from '@canhgiac/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { invalidateCertificates } from './get-certificates';

/**
 * `POST /api/certificates/:id/reissue` → 201 a new certificate (new serial) replacing a revoked
 * one; 409 CERTIFICATE_NOT_REVOKED, CERTIFICATE_ALREADY_REISSUED.
 */
export function reissueCertificate(id: string) {
  return apiRequest(certificateRoutes.reissue, { params: { id } });
}

export function useReissueCertificate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reissueCertificate,
    onSuccess: (certificate) => invalidateCertificates(queryClient, certificate.conferenceId),
  });
}
