import type { Dashboard } from '@canhgiac/contracts';

export interface ParentGroup<T> {
  code: string;
  /** A former district's name; null for the province (the level above the communes since 1/7/2025). */
  name: string | null;
  items: T[];
}

/**
 * Groups communes by their parent: a district of the time for activity before the 1 July 2025
 * reform, else the province (one group). Parents keep the order they first appear in.
 */
export function groupByParent<T extends { parentCode: string }>(
  dashboard: Dashboard,
  items: readonly T[],
): ParentGroup<T>[] {
  const districtNames = new Map(dashboard.byDistrict.map((d) => [d.code, d.name]));
  for (const commune of dashboard.unreachedCommunes) {
    if (districtNames.has(commune.parentCode)) continue;
    districtNames.set(commune.parentCode, commune.parentName);
  }
  const groups = new Map<string, ParentGroup<T>>();
  for (const item of items) {
    const group = groups.get(item.parentCode) ?? {
      code: item.parentCode,
      name: districtNames.get(item.parentCode) ?? null,
      items: [],
    };
    group.items.push(item);
    groups.set(item.parentCode, group);
  }
  return [...groups.values()];
}
