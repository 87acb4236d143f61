import { certificateRoutes } from '@canhgiac/contracts';
import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const certificatesQueryKeys = {
  all: ['certificates'] as const,
  conference: (conferenceId: string) => ['certificates', conferenceId] as const,
  /** The counts of the certificates page, whatever their filters. */
  summary: ['certificates', 'summary'] as const,
};

/**
 * After a conference's certificates changed (issued, revoked, re-issued): its list, and the
 * counts of the certificates page, are read again.
 */
export function invalidateCertificates(queryClient: QueryClient, conferenceId: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: certificatesQueryKeys.conference(conferenceId) }),
    queryClient.invalidateQueries({ queryKey: certificatesQueryKeys.summary }),
  ]);
}

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
