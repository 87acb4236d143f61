import {
  type CoverageFigure,
  coverageFigureLabels,
  type CoverageGrouping,
  coverageGroupingLabels,
  type CoverageReport,
} from '@canhgiac/contracts';

/** The first column's header: what the rows are, in the web's words. */
export const groupingHeaders = coverageGroupingLabels;

/** The same, inside a sentence: "Nhóm theo: xã, phường", "Báo cáo độ bao phủ theo nhóm tuổi". */
export const groupingNames = Object.fromEntries(
  Object.entries(coverageGroupingLabels).map(([grouping, label]) => [
    grouping,
    label.toLocaleLowerCase('vi'),
  ]),
) as Record<CoverageGrouping, string>;

/** The figure columns of every export, in order, with their Vietnamese headers. */
export const figureColumns: Array<{ key: CoverageFigure; header: string; percent?: boolean }> = (
  Object.keys(coverageFigureLabels) as CoverageFigure[]
).map((key) => ({
  key,
  header: coverageFigureLabels[key],
  ...(key === 'coveragePct' ? { percent: true } : {}),
}));

export interface ReportContext {
  report: CoverageReport;
  campaignName: string | null;
  from: string | null;
  to: string | null;
  generatedAt: Date;
}

/** The filters of a report, as lines written above the table. */
export function filterLines(context: ReportContext): string[] {
  const period =
    context.from || context.to
      ? `${context.from ? context.from.split('-').reverse().join('/') : '…'} – ${context.to ? context.to.split('-').reverse().join('/') : '…'}`
      : 'Toàn bộ';
  return [
    `Chiến dịch: ${context.campaignName ?? 'Tất cả chiến dịch'}`,
    `Thời gian: ${period}`,
    `Nhóm theo: ${groupingNames[context.report.groupBy]}`,
    ...(showsCode(context.report.groupBy)
      ? [
          context.report.units === 'current'
            ? 'Đơn vị hành chính: hiện nay (hoạt động trước 01/07/2025 tính vào đơn vị kế thừa)'
            : 'Đơn vị hành chính: tại thời điểm tổ chức',
        ]
      : []),
    ...(showsCode(context.report.groupBy) &&
    (context.report.totals.population === null ||
      context.report.rows.some((r) => r.key !== null && r.population === null))
      ? ['Dân số để trống: chưa có số liệu chính thức, tỷ lệ bao phủ chưa tính được']
      : []),
  ];
}

export const showsCode = (groupBy: CoverageGrouping) =>
  groupBy === 'district' || groupBy === 'commune';

/** The name of an exported report's file: "Báo cáo độ bao phủ theo xã, phường". */
export const coverageFileTitle = (groupBy: CoverageGrouping) =>
  `Báo cáo độ bao phủ theo ${groupingNames[groupBy]}`;
