import { certificateRoutes } from '@canhgiac/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { ApiError } from '../../../lib/api-errors';

/**
 * `GET /api/public/verify/:verifyCode` (no login; rate limited) → `{valid, revoked, serial,
 * holderName, conferenceTitle, heldOn, place, issuer, issuedOn, revokedOn, revokedReason,
 * replacedBySerial}`; 404 for an unknown code, 429 when checked too often.
 */
export function getVerification(verifyCode: string, signal?: AbortSignal) {
  return apiRequest(certificateRoutes.verify, {
    params: { verifyCode },
    signal,
    renewOnUnauthorized: false,
  });
}

export function verificationQueryOptions(verifyCode: string) {
  return queryOptions({
    queryKey: ['verify', verifyCode] as const,
    queryFn: ({ signal }) => getVerification(verifyCode, signal),
    // An answer of the API (unknown code, too many checks) will not change by asking again now.
    retry: (failures, error) => !(error instanceof ApiError) && failures < 2,
    staleTime: 5 * 60 * 1000,
  });
}

export function useVerification(verifyCode: string) {
  return useQuery(verificationQueryOptions(verifyCode));
}
