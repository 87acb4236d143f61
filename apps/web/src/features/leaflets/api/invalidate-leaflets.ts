import type { QueryClient } from '@tanstack/react-query';
import { leafletsQueryKeys } from './get-leaflet-batches';

/**
 * After stock or an allocation changes: the batches, allocations and summary, and the figures
 * that count delivered leaflets (the reports and dashboard features key theirs ['reports'] and
 * ['dashboard']).
 */
export function invalidateLeaflets(queryClient: QueryClient) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: leafletsQueryKeys.all }),
    queryClient.invalidateQueries({ queryKey: ['reports'] }),
    queryClient.invalidateQueries({ queryKey: ['dashboard'] }),
  ]);
}
