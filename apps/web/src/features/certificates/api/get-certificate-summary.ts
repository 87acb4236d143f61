import { certificateRoutes, type CertificateSummaryQuery } from '@canhgiac/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { certificatesQueryKeys } from './get-certificates';

export type CertificateSummaryParams = Pick<CertificateSummaryQuery, 'page' | 'pageSize'> & {
  campaignId?: string;
  pending?: boolean;
};

/**
 * `GET /api/certificate-summary?campaignId&pending&page&pageSize`: the held conferences, newest
 * first, each with its eligible participants and its certificates issued, to issue and revoked.
 */
export function getCertificateSummary(params: CertificateSummaryParams, signal?: AbortSignal) {
  return apiRequest(certificateRoutes.summary, {
    query: { ...params, pending: params.pending || undefined },
    signal,
  });
}

export function certificateSummaryQueryOptions(params: CertificateSummaryParams) {
  return queryOptions({
    // Issuing, revoking or re-issuing any conference's certificates reads the counts again.
    queryKey: [...certificatesQueryKeys.summary, params] as const,
    queryFn: ({ signal }) => getCertificateSummary(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCertificateSummary(params: CertificateSummaryParams) {
  return useQuery(certificateSummaryQueryOptions(params));
}
