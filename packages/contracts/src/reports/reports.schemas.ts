import { z } from 'zod';
import { isoDateSchema } from '../common/paging.schemas';

export const coverageGroupings = [
  'district',
  'commune',
  'organization',
  /** Each association with its branches: an organization counted in the topmost one above it. */
  'association',
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

export const csvDecimals = ['point', 'comma'] as const;
export const csvDecimalSchema = z.enum(csvDecimals, {
  message: 'Dấu thập phân của tệp CSV là point (dấu chấm) hoặc comma (dấu phẩy)',
});
export type CsvDecimal = z.infer<typeof csvDecimalSchema>;

export const ageBands = ['lt18', '18_35', '36_59', 'gte60', 'unknown'] as const;
export const ageBandLabels: Record<(typeof ageBands)[number], string> = {
  lt18: 'Dưới 18',
  '18_35': '18–35',
  '36_59': '36–59',
  gte60: 'Từ 60',
  unknown: 'Không rõ',
};

/**
 * Which units the geographic figures sit under: `current` rolls every activity up to today's unit
 * that covers its place; `as-held` keeps the units valid on the activity's day (districts before
 * 1/7/2025).
 */
export const coverageUnitsSchema = z.enum(['current', 'as-held']);
export type CoverageUnits = z.infer<typeof coverageUnitsSchema>;

export const coverageQuerySchema = z
  .object({
    campaignId: z.uuid().optional(),
    groupBy: coverageGroupingSchema.default('commune'),
    units: coverageUnitsSchema.default('current'),
    format: reportFormatSchema.default('json'),
    /**
     * The CSV's numbers: `point` (the default) is RFC 4180, cells separated by commas, decimals
     * with a point; `comma` is what Excel opens right under Vietnamese regional settings, cells
     * separated by semicolons and decimals with a comma (12,5). Other formats ignore it.
     */
    decimal: csvDecimalSchema.optional(),
    /** Conferences that start in [from, to] (days in Vietnam). */
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    /** Only conferences held in this former district (before 1/7/2025), and its communes. */
    districtCode: z
      .string()
      .regex(/^\d{3}$/u, { message: 'Mã huyện gồm 3 chữ số' })
      .optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    path: ['to'],
    message: 'Ngày kết thúc phải sau ngày bắt đầu',
  })
  .refine((q) => q.groupBy !== 'district' || q.units === 'as-held', {
    path: ['groupBy'],
    message:
      'Từ 01/07/2025 không còn cấp huyện: chỉ nhóm theo huyện với đơn vị tại thời điểm tổ chức (units=as-held)',
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
  /** The unit's own latest official figure; null where none is known or the grouping is not geographic. */
  population: z.number().int().nullable(),
  /** uniqueParticipants / population × 100, two decimals; null (unknown) without a population. */
  coveragePct: z.number().nullable(),
};

/**
 * A row. For units, `key` is the official code and `validFrom`/`validTo` the unit's period: with
 * `as-held` one code may head two rows (13669 was Phường Cửa Bắc, then Phường Nam Định).
 */
export const coverageRowSchema = z.object({
  key: z.string().nullable(),
  label: z.string(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  ...figures,
});
export type CoverageRow = z.infer<typeof coverageRowSchema>;

export const coverageTotalsSchema = z.object({
  conferencesHeld: z.number().int(),
  registrations: z.number().int(),
  attended: z.number().int(),
  uniqueParticipants: z.number().int(),
  leafletsDelivered: z.number().int(),
  /** The province's communes on the report's map; null while any of them has no known figure. */
  population: z.number().int().nullable(),
  coveragePct: z.number().nullable(),
});

export const coverageReportSchema = z.object({
  groupBy: coverageGroupingSchema,
  units: coverageUnitsSchema,
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
  /**
   * The former districts, as held: a campaign's activity before 1/7/2025 under the district of its
   * day, with that district's communes of the time. Empty for a campaign with no activity before
   * the reform: since then the dashboard groups by commune (`communes`), the level below the province.
   */
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
  /** Today's communes of the installation's province; each activity counts in the commune that covers its place today. */
  communes: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      parentCode: z.string(),
      status: communeReachSchema,
      conferencesHeld: z.number().int(),
      participants: z.number().int(),
    }),
  ),
  unreachedCommunes: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      parentCode: z.string(),
      parentName: z.string(),
    }),
  ),
  byGroup: z.array(z.object({ group: z.string(), uniqueParticipants: z.number().int() })),
  byGender: z.array(z.object({ gender: z.string(), uniqueParticipants: z.number().int() })),
  /** People by age band at their first attendance of the campaign, youngest band first. */
  byAgeBand: z.array(z.object({ ageBand: z.string(), uniqueParticipants: z.number().int() })),
});
export type Dashboard = z.infer<typeof dashboardSchema>;
