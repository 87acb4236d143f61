// Plain data without zod: the web's texts import the bands, and its first load carries no schema.

/**
 * How far behind target a figure is, in bands shared by the web's heat map and the XLSX export:
 * the first band whose `minPct` the figure reaches; grey where no target is set.
 */
export const targetBands = [
  { key: 'met', minPct: 100, colour: '#2E7D32', label: 'Đạt chỉ tiêu (từ 100%)' },
  { key: 'near', minPct: 75, colour: '#FBC02D', label: 'Gần đạt (75% – dưới 100%)' },
  { key: 'behind', minPct: 50, colour: '#F57C00', label: 'Chậm (50% – dưới 75%)' },
  { key: 'far', minPct: 0, colour: '#C62828', label: 'Chậm nhiều (dưới 50%)' },
] as const;
export const noTargetBand = {
  key: 'none',
  minPct: null,
  colour: '#BDBDBD',
  label: 'Chưa đặt chỉ tiêu',
} as const;
export type TargetBand = (typeof targetBands)[number] | typeof noTargetBand;

export function targetBand(actual: number, target: number | null | undefined): TargetBand {
  if (target === null || target === undefined) return noTargetBand;
  const pct = target === 0 ? 100 : (100 * actual) / target;
  return targetBands.find((band) => pct >= band.minPct) ?? targetBands[targetBands.length - 1];
}
