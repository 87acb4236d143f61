import { certificateRoutes, type RevokeCertificateBody } from '@canhgiac/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { invalidateCertificates } from './get-certificates';

export interface RevokeCertificateInput {
  id: string;
  body: RevokeCertificateBody;
}

/** `POST /api/certificates/:id/revoke {reason}` → the certificate, revoked; 409 CERTIFICATE_REVOKED. */
export function revokeCertificate({ id, body }: RevokeCertificateInput) {
  return apiRequest(certificateRoutes.revoke, { params: { id }, body });
}

export function useRevokeCertificate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeCertificate,
    onSuccess: (certificate) => invalidateCertificates(queryClient, certificate.conferenceId),
  });
}
