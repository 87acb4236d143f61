import {
  type AdminUnitLevel,
  adminUnitRoutes,
  MAX_PAGE_SIZE,
  organizationRoutes,
} from '@canhgiac/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from './api-client';

// Reference data that several features pick from (districts, communes, organizations). The
// query keys are those of the admin-units and organizations features, so a change made there
// (which invalidates ['organizations']) refreshes these lists too.

const ONE_HOUR = 60 * 60 * 1000;

interface AdminUnitsParams {
  level: AdminUnitLevel;
  parentCode?: string;
  on?: string;
}

function adminUnitsOptions(params: AdminUnitsParams) {
  return queryOptions({
    queryKey: ['admin-units', params] as const,
    queryFn: ({ signal }) => apiRequest(adminUnitRoutes.list, { query: { ...params }, signal }),
    staleTime: ONE_HOUR,
  });
}

/** `GET /api/admin-units?level=district`: the province's districts. */
export function useDistrictOptions() {
  return useQuery(adminUnitsOptions({ level: 'district' }));
}

/** The last day of the districts: the two-tier map (province → commune) began on 1/7/2025. */
export const LAST_DAY_OF_DISTRICTS = '2025-06-30';

/** `GET /api/admin-units?level=district&on=2025-06-30`: the province's districts as they last were. */
export function useFormerDistrictOptions() {
  return useQuery(adminUnitsOptions({ level: 'district', on: LAST_DAY_OF_DISTRICTS }));
}

/** `GET /api/admin-units?level=commune&parentCode=`: the communes of one district. */
export function useCommuneOptions(districtCode: string | null | undefined) {
  return useQuery({
    ...adminUnitsOptions({ level: 'commune', parentCode: districtCode ?? undefined }),
    enabled: Boolean(districtCode),
  });
}

/** `GET /api/organizations?pageSize=500`: every organization, for pickers and for names. */
export function organizationOptionsQueryOptions() {
  return queryOptions({
    queryKey: ['organizations', 'options'] as const,
    queryFn: ({ signal }) =>
      apiRequest(organizationRoutes.list, { query: { page: 1, pageSize: MAX_PAGE_SIZE }, signal }),
    select: (page) => page.items,
    staleTime: 5 * 60 * 1000,
  });
}

export function useOrganizationOptions() {
  return useQuery(organizationOptionsQueryOptions());
}
