import { adminUnitListSchema, type AdminUnitLevel } from '@canhgiac/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export interface AdminUnitsParams {
  level: AdminUnitLevel;
  parentCode?: string;
}

export const adminUnitsQueryKey = (params: AdminUnitsParams) => ['admin-units', params] as const;

/** `GET /api/admin-units?level&parentCode`: a small, unpaged list of official units. */
export function getAdminUnits(params: AdminUnitsParams, signal?: AbortSignal) {
  return apiRequest('/admin-units', { query: { ...params }, schema: adminUnitListSchema, signal });
}

export function adminUnitsQueryOptions(params: AdminUnitsParams) {
  return queryOptions({
    queryKey: adminUnitsQueryKey(params),
    queryFn: ({ signal }) => getAdminUnits(params, signal),
    // Reference data changes a few times a decade.
    staleTime: 60 * 60 * 1000,
  });
}

export function useAdminUnits(params: AdminUnitsParams, options: { enabled?: boolean } = {}) {
  return useQuery({ ...adminUnitsQueryOptions(params), enabled: options.enabled ?? true });
}

export function useDistricts() {
  return useAdminUnits({ level: 'district' });
}

export function useCommunes(districtCode: string | null) {
  return useAdminUnits(
    { level: 'commune', parentCode: districtCode ?? undefined },
    { enabled: districtCode !== null },
  );
}
