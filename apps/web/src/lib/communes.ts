import { useMemo } from 'react';
import { adminUnitRoutes } from '@canhgiac/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from './api-client';

// Today's communes of the province (129 in Ninh Bình), for showing a commune's name from its
// code: people and registrations store today's code. Keyed like lib/reference-data.

const ONE_HOUR = 60 * 60 * 1000;

export function allCommunesQueryOptions() {
  return queryOptions({
    queryKey: ['admin-units', { level: 'commune' }] as const,
    queryFn: ({ signal }) =>
      apiRequest(adminUnitRoutes.list, { query: { level: 'commune' }, signal }),
    staleTime: ONE_HOUR,
  });
}

/** `GET /api/admin-units?level=commune`. */
export function useAllCommunes() {
  return useQuery(allCommunesQueryOptions());
}

/** Commune code → today's name ("14215" → "Xã Hải Hậu"); empty until loaded. */
export function useCommuneNames(): Map<string, string> {
  const communes = useAllCommunes();
  return useMemo(
    () => new Map((communes.data ?? []).map((commune) => [commune.code, commune.name])),
    [communes.data],
  );
}
