import { activityMetricKeys, activityMetricLabels } from '../activities/activity-labels';
import type { CoverageGrouping, CoverageRow } from './reports.schemas';
import type { MatrixMeasure } from './plan-results.schemas';

/**
 * The Vietnamese names of report columns, shared by the web's report pages (its Vietnamese texts
 * take them from here) and the API's CSV, XLSX, PDF and DOCX exports, so a figure is called the
 * same on screen and on paper.
 */

/** What a coverage report groups by: the first column's header, and the "Tổng hợp theo" choice. */
export const coverageGroupingLabels: Record<CoverageGrouping, string> = {
  district: 'Huyện, thành phố (trước 01/07/2025)',
  commune: 'Xã, phường',
  organization: 'Tổ chức',
  association: 'Hội, tổ chức (gồm các chi hội)',
  group: 'Nhóm đối tượng',
  gender: 'Giới tính',
  age_band: 'Nhóm tuổi',
  month: 'Tháng',
};

export type CoverageFigure = Exclude<keyof CoverageRow, 'key' | 'label' | 'validFrom' | 'validTo'>;

/** The figure columns of a coverage report, in the order the grid and the exports show them. */
export const coverageFigureLabels: Record<CoverageFigure, string> = {
  conferencesHeld: 'Hội nghị đã tổ chức',
  registrations: 'Lượt đăng ký',
  attended: 'Lượt tham dự',
  uniqueParticipants: 'Số người tham dự',
  leafletsDelivered: 'Tờ rơi đã giao',
  population: 'Dân số',
  coveragePct: 'Tỷ lệ bao phủ (%)',
};

/** What a coverage matrix's cells count: the same words as the coverage report's columns. */
export const matrixMeasureLabels: Record<MatrixMeasure, string> = {
  uniqueParticipants: coverageFigureLabels.uniqueParticipants,
  attended: coverageFigureLabels.attended,
  conferencesHeld: coverageFigureLabels.conferencesHeld,
};

/** The columns of the channels report: how many activities, then the figures they carry (the words of the activities' import template). */
export const channelFigureLabels = { activities: 'Số hoạt động', ...activityMetricLabels };
export type ChannelFigure = keyof typeof channelFigureLabels;
/** The channels report's figures in the order of its columns. */
export const channelFigures = [
  'activities',
  ...activityMetricKeys,
] as const satisfies readonly ChannelFigure[];
