import { z } from 'zod';
import { adminUnitCodeSchema } from '../admin-units/admin-units.schemas';
import { isoDateSchema, pageQuerySchema, pageSchema, uuidSchema } from '../common/paging.schemas';
import { searchTextSchema, textSchema } from '../common/text';
import {
  activityChannels,
  activityMetricKeys,
  activityMetricLabels,
  type ActivityMetricKey,
} from './activity-labels';

export * from './activity-labels';

export const activityChannelSchema = z.enum(activityChannels, { message: 'Kênh không hợp lệ' });

const metric = (key: ActivityMetricKey) => {
  const label = activityMetricLabels[key];
  return z
    .number({ message: `${label} phải là một số` })
    .int({ message: `${label} phải là số nguyên` })
    .min(0, { message: `${label} không được âm` })
    .max(2_000_000_000, { message: `${label} quá lớn` });
};

export const activityMetricsSchema = z
  .object(
    Object.fromEntries(activityMetricKeys.map((key) => [key, metric(key).optional()])) as Record<
      ActivityMetricKey,
      z.ZodOptional<ReturnType<typeof metric>>
    >,
  )
  .strict();
export type ActivityMetrics = z.infer<typeof activityMetricsSchema>;

export const activitySchema = z.object({
  id: z.uuid(),
  campaignId: z.uuid(),
  channel: activityChannelSchema,
  title: z.string(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  communeCode: z.string().nullable(),
  organizationId: z.uuid().nullable(),
  /** The latest figures recorded. */
  metrics: activityMetricsSchema,
  /** The day the latest figures were read; null before any were recorded. */
  metricsAsOf: z.string().nullable(),
  link: z.string().nullable(),
  notes: z.string().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type Activity = z.infer<typeof activitySchema>;

/** One update of the figures: every update is kept, a report reads those known at its period's end. */
export const activityMetricSnapshotSchema = z.object({
  asOf: z.string(),
  recordedAt: z.iso.datetime({ offset: true }),
  metrics: activityMetricsSchema,
});
export type ActivityMetricSnapshot = z.infer<typeof activityMetricSnapshotSchema>;

export const activityDetailSchema = activitySchema.extend({
  history: z.array(activityMetricSnapshotSchema),
});
export type ActivityDetail = z.infer<typeof activityDetailSchema>;

const link = z
  .string()
  .trim()
  .max(1000, { message: 'Tối đa 1000 ký tự' })
  .regex(/^https?:\/\/\S+$/u, { message: 'Đường dẫn phải bắt đầu bằng http:// hoặc https://' });

const activityFields = z.object({
  channel: activityChannelSchema,
  title: textSchema(300),
  startsOn: isoDateSchema,
  endsOn: isoDateSchema.nullish(),
  communeCode: adminUnitCodeSchema.nullish(),
  organizationId: uuidSchema.nullish(),
  metrics: activityMetricsSchema.optional(),
  /** The day the figures were read (default: today); not before the activity starts, not in the future. */
  metricsAsOf: isoDateSchema.optional(),
  link: link.nullish(),
  notes: textSchema(2000).nullish(),
});

const periodIsOrdered = {
  check: (a: { startsOn?: string; endsOn?: string | null }) =>
    !a.startsOn || !a.endsOn || a.startsOn <= a.endsOn,
  issue: { path: ['endsOn'], message: 'Ngày kết thúc phải sau ngày bắt đầu' },
};

export const createActivityBodySchema = activityFields
  .strict()
  .refine(periodIsOrdered.check, periodIsOrdered.issue);
export type CreateActivityBody = z.infer<typeof createActivityBodySchema>;

/** Given metrics are merged into the latest figures and recorded as a new snapshot. */
export const updateActivityBodySchema = activityFields
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, { message: 'Không có gì để cập nhật' })
  .refine(periodIsOrdered.check, periodIsOrdered.issue);
export type UpdateActivityBody = z.infer<typeof updateActivityBodySchema>;

export const listActivitiesQuerySchema = pageQuerySchema.extend({
  channel: activityChannelSchema.optional(),
  communeCode: adminUnitCodeSchema.optional(),
  organizationId: uuidSchema.optional(),
  /** Activities that start in [from, to]. */
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  q: searchTextSchema(100),
});
export type ListActivitiesQuery = z.infer<typeof listActivitiesQuerySchema>;
export const activityPageSchema = pageSchema(activitySchema);
export type ActivityPage = z.infer<typeof activityPageSchema>;

/** The media team's spreadsheet: field, Vietnamese header, whether a row needs it. */
export const activityImportColumns = [
  { field: 'channel', vi: 'Kênh', required: true },
  { field: 'title', vi: 'Tiêu đề', required: true },
  { field: 'startsOn', vi: 'Ngày', required: true },
  { field: 'endsOn', vi: 'Đến ngày', required: false },
  { field: 'communeCode', vi: 'Mã xã', required: false },
  { field: 'views', vi: 'Lượt xem', required: false },
  { field: 'shares', vi: 'Lượt chia sẻ', required: false },
  { field: 'sharers', vi: 'Số người chia sẻ', required: false },
  { field: 'messages', vi: 'Số tin nhắn', required: false },
  { field: 'groups', vi: 'Số nhóm', required: false },
  { field: 'members', vi: 'Số thành viên', required: false },
  { field: 'posts', vi: 'Số bài đăng', required: false },
  { field: 'link', vi: 'Đường dẫn', required: false },
  { field: 'notes', vi: 'Ghi chú', required: false },
] as const;
export type ActivityImportField = (typeof activityImportColumns)[number]['field'];

/** At most this many rows in one import. */
export const ACTIVITY_IMPORT_MAX_ROWS = 10_000;

export const activityImportResultSchema = z.object({ imported: z.number().int() });
export type ActivityImportResult = z.infer<typeof activityImportResultSchema>;
