import { useMemo } from 'react';
import { adminUnitListSchema } from '@canhgiac/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from './api-client';

// Every commune of the province (175 in Nam Định), for pickers that filter by district on the
// device and for showing a commune's name from its code. Keyed like lib/reference-data.

const ONE_HOUR = 60 * 60 * 1000;

export function allCommunesQueryOptions() {
  return queryOptions({
    queryKey: ['admin-units', { level: 'commune' }] as const,
    queryFn: ({ signal }) =>
      apiRequest('/admin-units', {
        query: { level: 'commune' },
        schema: adminUnitListSchema,
        signal,
      }),
    staleTime: ONE_HOUR,
  });
}

/** `GET /api/admin-units?level=commune`. */
export function useAllCommunes() {
  return useQuery(allCommunesQueryOptions());
}

/** Commune code → name ("14215" → "Thị trấn Yên Định"); empty until loaded. */
export function useCommuneNames(): Map<string, string> {
  const communes = useAllCommunes();
  return useMemo(
    () => new Map((communes.data ?? []).map((commune) => [commune.code, commune.name])),
    [communes.data],
  );
}
