import type { CoverageGrouping, CoverageReport, CoverageRow } from '@canhgiac/contracts';

export const groupingHeaders: Record<CoverageGrouping, string> = {
  district: 'Huyện (đến 30/06/2025), tỉnh (từ 01/07/2025)',
  commune: 'Xã, phường, thị trấn, đặc khu',
  organization: 'Tổ chức',
  association: 'Hội, tổ chức (gồm các chi hội)',
  group: 'Nhóm đối tượng',
  gender: 'Giới tính',
  age_band: 'Độ tuổi',
  month: 'Tháng',
};

export const groupingNames: Record<CoverageGrouping, string> = {
  district: 'huyện (đến 30/06/2025)',
  commune: 'xã, phường',
  organization: 'tổ chức',
  association: 'hội (gồm chi hội)',
  group: 'nhóm đối tượng',
  gender: 'giới tính',
  age_band: 'nhóm tuổi',
  month: 'tháng',
};

type Figure = Exclude<keyof CoverageRow, 'key' | 'label' | 'validFrom' | 'validTo'>;

/** The figure columns of every export, in order, with their Vietnamese headers. */
export const figureColumns: Array<{ key: Figure; header: string; percent?: boolean }> = [
  { key: 'conferencesHeld', header: 'Hội nghị đã tổ chức' },
  { key: 'registrations', header: 'Lượt đăng ký' },
  { key: 'attended', header: 'Lượt tham dự' },
  { key: 'uniqueParticipants', header: 'Số người tham dự' },
  { key: 'leafletsDelivered', header: 'Tờ rơi đã phát' },
  { key: 'population', header: 'Dân số' },
  { key: 'coveragePct', header: 'Tỷ lệ bao phủ (%)', percent: true },
];

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

/** The name of an exported report's file: "Báo cáo độ bao phủ theo xã, phường, thị trấn". */
export const coverageFileTitle = (groupBy: CoverageGrouping) =>
  `Báo cáo độ bao phủ theo ${groupingNames[groupBy]}`;
