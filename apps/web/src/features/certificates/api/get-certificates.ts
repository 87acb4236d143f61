import { certificateRoutes } from '@canhgiac/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const certificatesQueryKeys = {
  all: ['certificates'] as const,
  conference: (conferenceId: string) => ['certificates', conferenceId] as const,
};

/** `GET /api/conferences/:id/certificates`: valid and revoked, by serial. */
export function getCertificates(conferenceId: string, signal?: AbortSignal) {
  return apiRequest(certificateRoutes.list, { params: { id: conferenceId }, signal });
}

export function certificatesQueryOptions(conferenceId: string) {
  return queryOptions({
    queryKey: certificatesQueryKeys.conference(conferenceId),
    queryFn: ({ signal }) => getCertificates(conferenceId, signal),
  });
}

export function useCertificates(conferenceId: string) {
  return useQuery(certificatesQueryOptions(conferenceId));
}
