import { reportRoutes } from '@canhgiac/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const dashboardQueryKeys = {
  all: ['dashboard'] as const,
  detail: (campaignId: string) => ['dashboard', campaignId] as const,
};

/**
 * `GET /api/reports/dashboard?campaignId`: targets, actuals, trends by month and district, the
 * communes' reach and the groups reached. Without a campaign, the API picks the running one.
 */
export function getDashboard(campaignId: string, signal?: AbortSignal) {
  return apiRequest(reportRoutes.dashboard, {
    query: { campaignId: campaignId || undefined },
    signal,
  });
}

export function dashboardQueryOptions(campaignId: string) {
  return queryOptions({
    queryKey: dashboardQueryKeys.detail(campaignId),
    queryFn: ({ signal }) => getDashboard(campaignId, signal),
    placeholderData: keepPreviousData,
  });
}

export function useDashboard(campaignId: string) {
  return useQuery(dashboardQueryOptions(campaignId));
}
