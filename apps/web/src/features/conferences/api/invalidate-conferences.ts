import type { QueryClient } from '@tanstack/react-query';
import { conferencesQueryKeys } from './get-conferences';

/**
 * After a conference changes: every conference list and page, and the campaigns' progress
 * (the campaigns feature keys it ['campaigns', 'progress', id]).
 */
export function invalidateConferences(queryClient: QueryClient) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: conferencesQueryKeys.all }),
    queryClient.invalidateQueries({ queryKey: ['campaigns', 'progress'] }),
  ]);
}
