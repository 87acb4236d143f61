import { z } from 'zod';
import { adminUnitCodeSchema } from '../admin-units/admin-units.schemas';
import { isoDateSchema, pageQuerySchema, pageSchema } from '../common/paging.schemas';
import { normalizeText, searchTextSchema, textSchema } from '../common/text';

export const conferenceStatuses = ['planned', 'confirmed', 'held', 'cancelled'] as const;
export const conferenceStatusSchema = z.enum(conferenceStatuses);
export type ConferenceStatus = z.infer<typeof conferenceStatusSchema>;

/** The moves a conference may make; any other is refused with 409. */
export const conferenceTransitions: Record<ConferenceStatus, readonly ConferenceStatus[]> = {
  planned: ['confirmed', 'cancelled'],
  confirmed: ['held', 'cancelled'],
  held: [],
  cancelled: [],
};

/** An instant with its offset, e.g. 2025-05-10T08:00:00+07:00. */
export const instantSchema = z.iso.datetime({
  offset: true,
  message: 'Thời gian phải có dạng ISO 8601 kèm múi giờ, ví dụ 2025-05-10T08:00:00+07:00',
});

const trainersSchema = z
  .array(textSchema(120))
  .max(20, { message: 'Tối đa 20 báo cáo viên' })
  .transform((names) => [
    ...new Map(names.map((n) => [normalizeText(n).toLowerCase(), n])).values(),
  ]);

const conferenceFields = z.object({
  campaignId: z.uuid({ message: 'Hãy chọn chiến dịch' }),
  title: textSchema(300),
  topic: textSchema(500),
  startsAt: instantSchema,
  endsAt: instantSchema,
  communeCode: adminUnitCodeSchema,
  venue: textSchema(300),
  organizerIds: z.array(z.uuid()).max(20),
  trainers: trainersSchema,
  capacity: z
    .number()
    .int({ message: 'Sức chứa phải là số nguyên' })
    .min(1, { message: 'Sức chứa ít nhất là 1' })
    .max(100_000),
  notes: z.string().max(4000).transform(normalizeText).nullish(),
});

const endsAfterStart = {
  check: (c: { startsAt?: string; endsAt?: string }) =>
    !c.startsAt || !c.endsAt || Date.parse(c.endsAt) > Date.parse(c.startsAt),
  issue: { path: ['endsAt'], message: 'Giờ kết thúc phải sau giờ bắt đầu' },
};

export const createConferenceBodySchema = conferenceFields
  .extend({
    organizerIds: conferenceFields.shape.organizerIds.default([]),
    trainers: trainersSchema.default([]),
    force: z.boolean().default(false),
  })
  .strict()
  .refine(endsAfterStart.check, endsAfterStart.issue);
export type CreateConferenceBody = z.infer<typeof createConferenceBodySchema>;

export const updateConferenceBodySchema = conferenceFields
  .omit({ campaignId: true })
  .partial()
  .extend({ force: z.boolean().optional() })
  .strict()
  .refine((body) => Object.keys(body).some((key) => key !== 'force'), {
    message: 'Không có gì để cập nhật',
  })
  .refine(endsAfterStart.check, endsAfterStart.issue);
export type UpdateConferenceBody = z.infer<typeof updateConferenceBodySchema>;

export const conferenceSchema = z.object({
  id: z.uuid(),
  campaignId: z.uuid(),
  title: z.string(),
  topic: z.string(),
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
  communeCode: z.string(),
  communeName: z.string(),
  /** The district on the conference's day; empty from 1/7/2025, when there are no districts. */
  districtCode: z.string(),
  districtName: z.string(),
  venue: z.string(),
  organizerIds: z.array(z.uuid()),
  trainers: z.array(z.string()),
  capacity: z.number().int(),
  notes: z.string().nullable(),
  status: conferenceStatusSchema,
  cancelReason: z.string().nullable(),
  /** Booked despite a clash, with `force: true`. */
  forced: z.boolean(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type Conference = z.infer<typeof conferenceSchema>;

export const conferenceConflictSchema = z.object({
  conferenceId: z.uuid(),
  reason: z.enum(['venue', 'trainer']),
  title: z.string(),
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
  venue: z.string(),
  communeCode: z.string(),
  /** The trainer who is double-booked, for reason "trainer". */
  trainer: z.string().optional(),
});
export type ConferenceConflict = z.infer<typeof conferenceConflictSchema>;

export const changeConferenceStatusBodySchema = z
  .object({
    status: z.enum(['confirmed', 'held', 'cancelled']),
    reason: z.string().max(1000).transform(normalizeText).optional(),
  })
  .strict()
  .refine((body) => body.status !== 'cancelled' || (body.reason?.length ?? 0) > 0, {
    path: ['reason'],
    message: 'Hãy ghi lý do hủy hội nghị',
  });
export type ChangeConferenceStatusBody = z.infer<typeof changeConferenceStatusBodySchema>;

export const listConferencesQuerySchema = pageQuerySchema.extend({
  campaignId: z.uuid().optional(),
  /** Conferences that overlap the period [from, to] (days in Vietnam). */
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  districtCode: adminUnitCodeSchema.optional(),
  communeCode: adminUnitCodeSchema.optional(),
  status: conferenceStatusSchema.optional(),
  q: searchTextSchema(200),
});
export type ListConferencesQuery = z.infer<typeof listConferencesQuerySchema>;
export const conferencePageSchema = pageSchema(conferenceSchema);
