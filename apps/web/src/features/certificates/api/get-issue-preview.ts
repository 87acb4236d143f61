import { certificateRoutes } from '@canhgiac/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { certificatesQueryKeys } from './get-certificates';

/**
 * `GET /api/conferences/:id/certificates/issue-preview` → `{toIssue, firstSerial, lastSerial,
 * first, conferenceHeld}`: what issuing would number now (staff only); nothing is written.
 */
export function getIssuePreview(conferenceId: string, signal?: AbortSignal) {
  return apiRequest(certificateRoutes.issuePreview, { params: { id: conferenceId }, signal });
}

export function useIssuePreview(conferenceId: string) {
  return useQuery({
    queryKey: [...certificatesQueryKeys.conference(conferenceId), 'issue-preview'],
    queryFn: ({ signal }) => getIssuePreview(conferenceId, signal),
    // Always read afresh when the dialog opens: the serials move with every batch.
    staleTime: 0,
    gcTime: 0,
  });
}
