import { z } from 'zod';
import { isoDateSchema } from '../common/paging.schemas';

export const coverageGroupings = [
  'district',
  'commune',
  'organization',
  'group',
  'gender',
  'age_band',
  'month',
] as const;
export const coverageGroupingSchema = z.enum(coverageGroupings);
export type CoverageGrouping = z.infer<typeof coverageGroupingSchema>;

export const reportFormats = ['json', 'csv', 'xlsx', 'pdf'] as const;
export const reportFormatSchema = z.enum(reportFormats);
export type ReportFormat = z.infer<typeof reportFormatSchema>;

export const ageBands = ['lt18', '18_35', '36_59', 'gte60', 'unknown'] as const;
export const ageBandLabels: Record<(typeof ageBands)[number], string> = {
  lt18: 'Dưới 18',
  '18_35': '18–35',
  '36_59': '36–59',
  gte60: 'Từ 60',
  unknown: 'Không rõ',
};

export const coverageQuerySchema = z
  .object({
    campaignId: z.uuid().optional(),
    groupBy: coverageGroupingSchema.default('district'),
    format: reportFormatSchema.default('json'),
    /** Conferences that start in [from, to] (days in Vietnam). */
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    /** For groupBy=commune: only the communes of this district. */
    districtCode: z
      .string()
      .regex(/^\d{3}$/u, { message: 'Mã huyện gồm 3 chữ số' })
      .optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    path: ['to'],
    message: 'Ngày kết thúc phải sau ngày bắt đầu',
  });
export type CoverageQuery = z.infer<typeof coverageQuerySchema>;

const figures = {
  /** Conferences held; null where the grouping is not a property of a conference (e.g. gender). */
  conferencesHeld: z.number().int().nullable(),
  registrations: z.number().int(),
  attended: z.number().int(),
  /** Distinct people; each counted once, in the row of their first attendance in the period. */
  uniqueParticipants: z.number().int(),
  /** Null where leaflets cannot be attributed to the grouping (e.g. gender). */
  leafletsDelivered: z.number().int().nullable(),
  /** 2019 census; for geographic groupings only. */
  population: z.number().int().nullable(),
  /** uniqueParticipants / population × 100, two decimals. */
  coveragePct: z.number().nullable(),
};

export const coverageRowSchema = z.object({
  key: z.string().nullable(),
  label: z.string(),
  ...figures,
});
export type CoverageRow = z.infer<typeof coverageRowSchema>;

export const coverageTotalsSchema = z.object({
  conferencesHeld: z.number().int(),
  registrations: z.number().int(),
  attended: z.number().int(),
  uniqueParticipants: z.number().int(),
  leafletsDelivered: z.number().int(),
  population: z.number().int(),
  coveragePct: z.number(),
});

export const coverageReportSchema = z.object({
  groupBy: coverageGroupingSchema,
  rows: z.array(coverageRowSchema),
  totals: coverageTotalsSchema,
});
export type CoverageReport = z.infer<typeof coverageReportSchema>;

export const dashboardQuerySchema = z.object({ campaignId: z.uuid().optional() });
export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

export const communeReachSchema = z.enum(['reached', 'planned', 'not_reached']);
export type CommuneReach = z.infer<typeof communeReachSchema>;

export const dashboardSchema = z.object({
  campaign: z
    .object({ id: z.uuid(), name: z.string(), startsOn: z.string(), endsOn: z.string() })
    .nullable(),
  targets: z.object({
    conferences: z.number().int(),
    participants: z.number().int(),
    leaflets: z.number().int(),
  }),
  actuals: z.object({
    conferencesHeld: z.number().int(),
    /** Planned or confirmed, not yet held. */
    conferencesPlanned: z.number().int(),
    /** Attendances: a person at two conferences counts twice. */
    participants: z.number().int(),
    uniqueParticipants: z.number().int(),
    leafletsDelivered: z.number().int(),
    leafletsPrinted: z.number().int(),
    communesReached: z.number().int(),
    communesTotal: z.number().int(),
  }),
  byMonth: z.array(
    z.object({
      month: z.string(),
      conferencesHeld: z.number().int(),
      participants: z.number().int(),
      uniqueParticipants: z.number().int(),
    }),
  ),
  byDistrict: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      conferencesHeld: z.number().int(),
      participants: z.number().int(),
      communesReached: z.number().int(),
      communesTotal: z.number().int(),
      leafletsDelivered: z.number().int(),
    }),
  ),
  communes: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      districtCode: z.string(),
      status: communeReachSchema,
    }),
  ),
  unreachedCommunes: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      districtCode: z.string(),
      districtName: z.string(),
    }),
  ),
  byGroup: z.array(z.object({ group: z.string(), uniqueParticipants: z.number().int() })),
  byGender: z.array(z.object({ gender: z.string(), uniqueParticipants: z.number().int() })),
});
export type Dashboard = z.infer<typeof dashboardSchema>;
