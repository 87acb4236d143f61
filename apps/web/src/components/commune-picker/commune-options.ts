import { useMemo } from 'react';
import { type AdminUnit, adminUnitRoutes, foldText } from '@canhgiac/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api-client';

/** The day the 1 July 2025 reorganization took effect: no districts from then on. */
export const REORGANIZATION_DAY = '2025-07-01';
/** The last day of the former map (districts → communes). */
export const LAST_FORMER_DAY = '2025-06-30';

const ONE_HOUR = 60 * 60 * 1000;

function unitsOnOptions(level: 'district' | 'commune', on: string) {
  return queryOptions({
    queryKey: ['admin-units', { level, on }] as const,
    queryFn: ({ signal }) => apiRequest(adminUnitRoutes.list, { query: { level, on }, signal }),
    staleTime: ONE_HOUR,
  });
}

export interface CommuneOption {
  code: string;
  /** "Xã Hải Hậu"; before 1/7/2025 "Xã Hải Anh (Huyện Hải Hậu)". */
  label: string;
  /** The name the same code had on 30/6/2025, where it differs (a search alias). */
  formerName: string | null;
  /** Folded label and former name, for accent-insensitive search. */
  search: string;
}

/**
 * The communes valid on a day, with a district in the label before 1/7/2025 and, after it, the
 * former name of the same code as a search alias ("Yên Định" finds the unit that code now names).
 */
export function useCommuneOptionsOn(on: string) {
  const before = on < REORGANIZATION_DAY;
  const communes = useQuery(unitsOnOptions('commune', on));
  const districts = useQuery({ ...unitsOnOptions('district', on), enabled: before });
  const former = useQuery({ ...unitsOnOptions('commune', LAST_FORMER_DAY), enabled: !before });
  const options = useMemo(
    () =>
      buildCommuneOptions(communes.data ?? [], {
        districts: before ? (districts.data ?? []) : [],
        former: before ? [] : (former.data ?? []),
      }),
    [communes.data, districts.data, former.data, before],
  );
  return { options, isPending: communes.isPending, isError: communes.isError };
}

export function buildCommuneOptions(
  communes: AdminUnit[],
  context: { districts: AdminUnit[]; former: AdminUnit[] },
): CommuneOption[] {
  const districtNames = new Map(context.districts.map((unit) => [unit.code, unit.name]));
  const formerNames = new Map(context.former.map((unit) => [unit.code, unit.name]));
  return communes.map((commune) => {
    const district = commune.parentCode ? districtNames.get(commune.parentCode) : undefined;
    const label = district ? `${commune.name} (${district})` : commune.name;
    const formerName = formerNames.get(commune.code);
    const alias = formerName && formerName !== commune.name ? formerName : null;
    return {
      code: commune.code,
      label,
      formerName: alias,
      search: foldText(`${label} ${alias ?? ''}`),
    };
  });
}

/** Accent-insensitive: "hai hau" finds "Xã Hải Hậu"; a code prefix matches too. */
export function filterCommuneOptions(options: CommuneOption[], query: string): CommuneOption[] {
  const folded = foldText(query);
  if (!folded) return options;
  return options.filter(
    (option) => option.search.includes(folded) || option.code.startsWith(folded),
  );
}
