import { foldText, type AdminUnit } from '@canhgiac/contracts';

/** Accent-insensitive: "hai" finds "Xã Hải Anh", "dong" finds "Hải Đông"; a code prefix matches too. */
export function filterUnits(units: AdminUnit[], query: string): AdminUnit[] {
  const folded = foldText(query);
  if (!folded) return units;
  return units.filter(
    (unit) => foldText(unit.name).includes(folded) || unit.code.startsWith(folded),
  );
}
