import { type AdminUnitLevel, adminUnitRoutes } from '@canhgiac/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export interface AdminUnitsParams {
  level: AdminUnitLevel;
  parentCode?: string;
  /** The day the units are valid on (YYYY-MM-DD); today when absent. */
  on?: string;
}

export const adminUnitsQueryKey = (params: AdminUnitsParams) => ['admin-units', params] as const;

/** `GET /api/admin-units?level&parentCode`: a small, unpaged list of official units. */
export function getAdminUnits(params: AdminUnitsParams, signal?: AbortSignal) {
  return apiRequest(adminUnitRoutes.list, { query: { ...params }, signal });
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

export function useDistricts(on?: string) {
  return useAdminUnits({ level: 'district', on });
}

/** The communes of a district (before 1/7/2025) or, without one, of the province on that day. */
export function useCommunes(districtCode: string | null, on?: string) {
  return useAdminUnits({ level: 'commune', parentCode: districtCode ?? undefined, on });
}
