import { reportRoutes } from '@canhgiac/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { planResultsKeys } from './plan-results';

/** `GET /api/reports/channels?campaignId`: each channel's activities and reach. */
export function useChannels(campaignId: string) {
  return useQuery({
    queryKey: [...planResultsKeys.all, 'channels', campaignId] as const,
    queryFn: ({ signal }) => apiRequest(reportRoutes.channels, { query: { campaignId }, signal }),
  });
}
