import { z } from 'zod';
import { activityChannelSchema } from '../activities/activities.schemas';
import { isoDateSchema } from '../common/paging.schemas';
import { textSchema } from '../common/text';

const period = {
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
};
const periodIsOrdered = {
  check: (q: { from?: string; to?: string }) => !q.from || !q.to || q.from <= q.to,
  issue: { path: ['to'], message: 'Ngày kết thúc phải sau ngày bắt đầu' },
};

// ---- Channels ----

export const channelsQuerySchema = z
  .object({
    campaignId: z.uuid().optional(),
    /** Activities that start in [from, to], with their figures as known on `to`. */
    ...period,
    format: z.enum(['json', 'xlsx']).default('json'),
  })
  .refine(periodIsOrdered.check, periodIsOrdered.issue);
export type ChannelsQuery = z.infer<typeof channelsQuerySchema>;

const channelFigures = {
  activities: z.number().int(),
  views: z.number().int(),
  shares: z.number().int(),
  sharers: z.number().int(),
  messages: z.number().int(),
  groups: z.number().int(),
  members: z.number().int(),
  posts: z.number().int(),
};
export const channelRowSchema = z.object({
  channel: activityChannelSchema,
  label: z.string(),
  ...channelFigures,
});
export type ChannelRow = z.infer<typeof channelRowSchema>;
export const channelsReportSchema = z.object({
  rows: z.array(channelRowSchema),
  totals: z.object(channelFigures),
});
export type ChannelsReport = z.infer<typeof channelsReportSchema>;

// ---- Matrix ----

export const matrixRowDimensions = ['commune', 'organization', 'group'] as const;
export const matrixColDimensions = ['organization', 'group', 'month'] as const;
export const matrixMeasures = ['uniqueParticipants', 'attended', 'conferencesHeld'] as const;
export type MatrixMeasure = (typeof matrixMeasures)[number];
export type MatrixDimension =
  (typeof matrixRowDimensions)[number] | (typeof matrixColDimensions)[number];
export const reportUnitsSchema = z.enum(['current', 'as-held']);
export type ReportUnits = z.infer<typeof reportUnitsSchema>;

export const matrixQuerySchema = z
  .object({
    campaignId: z.uuid().optional(),
    rows: z.enum(matrixRowDimensions).default('commune'),
    cols: z.enum(matrixColDimensions).default('organization'),
    measure: z.enum(matrixMeasures).default('uniqueParticipants'),
    units: reportUnitsSchema.default('current'),
    ...period,
    format: z.enum(['json', 'xlsx']).default('json'),
  })
  .refine((q) => q.rows !== q.cols, { path: ['cols'], message: 'Hàng và cột phải khác nhau' })
  .refine((q) => q.measure !== 'conferencesHeld' || (q.rows !== 'group' && q.cols !== 'group'), {
    path: ['measure'],
    message: 'Số hội nghị không chia được theo nhóm đối tượng',
  })
  .refine(periodIsOrdered.check, periodIsOrdered.issue);
export type MatrixQuery = z.infer<typeof matrixQuerySchema>;

const header = z.object({ key: z.string().nullable(), label: z.string() });
export const matrixSchema = z.object({
  measure: z.enum(matrixMeasures),
  units: reportUnitsSchema,
  rows: z.array(header),
  cols: z.array(header),
  /** cells[i][j]: the measure for rows[i] × cols[j]. */
  cells: z.array(z.array(z.number().int())),
  /** The target of each cell (commune × organization targets), null where none is set. */
  targets: z.array(z.array(z.number().int().nullable())),
  rowTotals: z.array(z.number().int()),
  colTotals: z.array(z.number().int()),
  /** A row's or a column's own target, or the sum of its cells' targets; null where none. */
  rowTargets: z.array(z.number().int().nullable()),
  colTargets: z.array(z.number().int().nullable()),
  total: z.number().int(),
});
export type Matrix = z.infer<typeof matrixSchema>;

export * from './target-bands';

// ---- The results report ----

export const planReportQuerySchema = z
  .object({
    campaignId: z.uuid({ message: 'Hãy chọn chiến dịch' }),
    ...period,
    format: z.enum(['docx', 'pdf']).default('docx'),
  })
  .refine(periodIsOrdered.check, periodIsOrdered.issue);
export type PlanReportQuery = z.infer<typeof planReportQuerySchema>;

/** What staff write for the campaign's results report before generating it. */
export const planReportTextsSchema = z.object({
  campaignId: z.uuid(),
  /** The report's own number, e.g. "125/BC-SKHCN"; empty leaves the number to be filled in by hand. */
  documentNumber: z.string(),
  /** The plan it reports on, e.g. "170/KH-UBND ngày 31/12/2024 của UBND tỉnh". */
  planReference: z.string(),
  /** "Đánh giá chung". */
  generalAssessment: z.string(),
  /** "Kiến nghị, đề xuất". */
  recommendations: z.string(),
  /** "Nơi nhận", one recipient a line. */
  recipients: z.array(z.string()),
  updatedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type PlanReportTexts = z.infer<typeof planReportTextsSchema>;

const longText = (max: number) =>
  z
    .string()
    .max(max, { message: `Tối đa ${max} ký tự` })
    .transform((v) => v.normalize('NFC').trim());

export const putPlanReportTextsBodySchema = z
  .object({
    documentNumber: longText(60),
    planReference: longText(300),
    generalAssessment: longText(20_000),
    recommendations: longText(20_000),
    recipients: z.array(textSchema(200)).max(30, { message: 'Tối đa 30 nơi nhận' }),
  })
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, { message: 'Không có gì để cập nhật' });
export type PutPlanReportTextsBody = z.infer<typeof putPlanReportTextsBodySchema>;
