import { useEffect } from 'react';
import { adminUnitRoutes } from '@canhgiac/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { LAST_FORMER_DAY } from '../../../components/commune-picker';
import { todayInVietnam } from '../../../lib/date-time';
import { offlineDb } from './offline-db';

/** Takes the communes the walk-in form picks from onto the device (with the list, online). */
export async function downloadReferences(): Promise<void> {
  const [current, former] = await Promise.all([
    apiRequest(adminUnitRoutes.list, { query: { level: 'commune', on: todayInVietnam() } }),
    apiRequest(adminUnitRoutes.list, { query: { level: 'commune', on: LAST_FORMER_DAY } }),
  ]);
  await offlineDb().references.bulkPut([
    { key: 'communes', units: current },
    { key: 'former-communes', units: former },
  ]);
}

/**
 * Puts the device's communes where the commune picker looks for them, so the walk-in form
 * works with no network (a fresh answer from the server replaces them when there is one).
 */
export function useOfflineReferences(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    let active = true;
    void offlineDb()
      .references.toArray()
      .then((stored) => {
        if (!active) return;
        for (const { key, units } of stored) {
          const on = key === 'communes' ? todayInVietnam() : LAST_FORMER_DAY;
          const queryKey = ['admin-units', { level: 'commune', on }];
          if (queryClient.getQueryData(queryKey) === undefined) {
            queryClient.setQueryData(queryKey, units);
          }
        }
      });
    return () => {
      active = false;
    };
  }, [queryClient]);
}
