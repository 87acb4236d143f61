import type { QueryClient } from '@tanstack/react-query';
import { can } from '../../../lib/permissions';
import { settledSession } from '../../../lib/session';
import { dashboardQueryOptions } from './get-dashboard';

/**
 * Asks for the dashboard's figures as soon as the page is opened, once the session is known,
 * for a user who may see them; the page then finds them in the cache or on their way.
 */
export async function prefetchDashboard(
  queryClient: QueryClient,
  campaignId: string,
): Promise<void> {
  const session = await settledSession();
  if (session.status !== 'authenticated' || !can(session.user.role, 'dashboard.view')) return;
  await queryClient.prefetchQuery(dashboardQueryOptions(campaignId));
}
