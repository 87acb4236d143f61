import { type CoverageGrouping, type CoverageQuery, reportRoutes } from '@canhgiac/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export type CoverageParams = Partial<Omit<CoverageQuery, 'format' | 'groupBy'>> & {
  groupBy: CoverageGrouping;
};

export const reportsQueryKeys = {
  all: ['reports'] as const,
  coverage: (params: CoverageParams) => ['reports', 'coverage', params] as const,
};

/**
 * `GET /api/reports/coverage?campaignId&groupBy&units&from&to&districtCode`: one row per group, and the
 * totals (a coordinator's figures cover the coordinator's organization).
 */
export function getCoverageReport(params: CoverageParams, signal?: AbortSignal) {
  return apiRequest(reportRoutes.coverage, { query: { ...params }, signal });
}

export function coverageReportQueryOptions(params: CoverageParams) {
  return queryOptions({
    queryKey: reportsQueryKeys.coverage(params),
    queryFn: ({ signal }) => getCoverageReport(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCoverageReport(params: CoverageParams) {
  return useQuery(coverageReportQueryOptions(params));
}
