import { campaignRoutes, MAX_PAGE_SIZE } from '@canhgiac/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from './api-client';

/**
 * `GET /api/campaigns?pageSize=500`: the campaigns that several pages choose from (conferences,
 * leaflets, reports, the dashboard). Keyed under ['campaigns'], so a campaign added or edited on
 * its page shows up here too.
 */
export function campaignOptionsQueryOptions() {
  return queryOptions({
    queryKey: ['campaigns', 'options'] as const,
    queryFn: ({ signal }) =>
      apiRequest(campaignRoutes.list, { query: { page: 1, pageSize: MAX_PAGE_SIZE }, signal }),
    select: (page) => page.items,
    staleTime: 5 * 60 * 1000,
  });
}

export function useCampaignOptions() {
  return useQuery(campaignOptionsQueryOptions());
}
