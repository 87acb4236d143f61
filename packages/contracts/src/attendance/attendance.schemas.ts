import { z } from 'zod';
import type { ErrorDetail } from '../common/errors.schemas';
import { textSchema } from '../common/text';
import { conferenceSchema, instantSchema } from '../conferences/conferences.schemas';
import { createPersonBodySchema } from '../people/people.schemas';
import {
  checkInCodeSchema,
  registrationStatusSchema,
} from '../registrations/registrations.schemas';

/**
 * Offline check-in at the venue: a device downloads the conference's roster, checks people in
 * with no network, and later sends what it recorded as a batch of events.
 */

/** A registrant as a device needs them to check people in offline: no phone number. */
export const rosterEntrySchema = z.object({
  id: z.uuid(),
  /** The check-in code printed (and QR-encoded) on the roll-call sheet. */
  code: z.string(),
  /** Null once the person's data was erased. */
  fullName: z.string().nullable(),
  birthYear: z.number().int().nullable(),
  communeCode: z.string(),
  /** The organization whose list the registration is on, as the registrations list shows it. */
  organizationId: z.uuid().nullable(),
  status: registrationStatusSchema,
  checkedInAt: z.iso.datetime({ offset: true }).nullable(),
});
export type RosterEntry = z.infer<typeof rosterEntrySchema>;

export const rosterSchema = z.object({
  conference: conferenceSchema.pick({
    id: true,
    title: true,
    startsAt: true,
    endsAt: true,
    venue: true,
    communeCode: true,
    status: true,
  }),
  generatedAt: z.iso.datetime({ offset: true }),
  registrations: z.array(rosterEntrySchema),
});
export type Roster = z.infer<typeof rosterSchema>;

/** At most this many events in one sync; a device with more sends them in several batches. */
export const ATTENDANCE_SYNC_MAX_EVENTS = 2000;

const eventFields = {
  /** Made on the device when the event happens; sending the same event again changes nothing. */
  eventId: z.uuid({ message: 'Mã sự kiện (eventId) phải là một UUID do thiết bị tạo' }),
  /** When it happened, by the device's clock. */
  at: instantSchema,
};

const oneKey = {
  check: (event: { code?: string; registrationId?: string }) =>
    (event.code === undefined) !== (event.registrationId === undefined),
  message: 'Cần đúng một trong hai: mã điểm danh (code) hoặc lượt đăng ký (registrationId)',
};

/** Someone on the roster checked in, by their printed code or by the registration's id. */
export const checkInEventSchema = z
  .object({
    ...eventFields,
    kind: z.literal('check_in'),
    code: checkInCodeSchema.optional(),
    registrationId: z.uuid({ message: 'Mã lượt đăng ký không hợp lệ' }).optional(),
  })
  .strict()
  .refine(oneKey.check, { message: oneKey.message });
export type CheckInEvent = z.infer<typeof checkInEventSchema>;

/** Someone who was not on the roster, registered and checked in at the door. */
export const walkInEventSchema = z
  .object({
    ...eventFields,
    kind: z.literal('walk_in'),
    person: createPersonBodySchema,
  })
  .strict();
export type WalkInEvent = z.infer<typeof walkInEventSchema>;

export const attendanceEventSchema = z.discriminatedUnion(
  'kind',
  [checkInEventSchema, walkInEventSchema],
  { message: 'Loại sự kiện (kind) phải là check_in hoặc walk_in' },
);
export type AttendanceEvent = z.infer<typeof attendanceEventSchema>;
export type AttendanceEventInput = z.input<typeof attendanceEventSchema>;

/**
 * One event of a sync, as the server reads it: a valid event, or, for any other object with an
 * `eventId`, the first problem found in it. An invalid event is answered `rejected` with that
 * problem; it does not fail the batch. Only an event without a valid `eventId` does (400).
 */
export const attendanceSyncEventSchema = z.union(
  [
    attendanceEventSchema.transform((event) => ({ eventId: event.eventId, event })),
    z
      .object({ eventId: eventFields.eventId })
      .loose()
      .transform((raw) => {
        const parsed = attendanceEventSchema.safeParse(raw);
        const issue = parsed.error?.issues[0];
        const problem: ErrorDetail = {
          path: issue?.path.join('.') ?? '',
          message: issue?.message ?? 'Sự kiện không hợp lệ',
        };
        return { eventId: raw.eventId, problem };
      }),
  ],
  { message: 'Mỗi sự kiện là một đối tượng có eventId là một UUID do thiết bị tạo' },
);
export type AttendanceSyncEvent = z.infer<typeof attendanceSyncEventSchema>;

export const attendanceSyncBodySchema = z
  .object({
    /** Which device sent the events: kept with each event, and in the audit log. */
    deviceId: textSchema(120),
    events: z.array(attendanceSyncEventSchema).max(ATTENDANCE_SYNC_MAX_EVENTS, {
      message: `Mỗi lần đồng bộ tối đa ${ATTENDANCE_SYNC_MAX_EVENTS.toLocaleString('vi-VN')} sự kiện; hãy gửi phần còn lại ở lần sau`,
    }),
  })
  .strict();
export type AttendanceSyncBody = z.infer<typeof attendanceSyncBodySchema>;
export type AttendanceSyncBodyInput = z.input<typeof attendanceSyncBodySchema>;

/**
 * - `applied`: the event was recorded now (a check-in of someone already checked in is applied
 *   too: the attendance keeps the earliest time);
 * - `duplicate`: the server had this `eventId` already; nothing changed;
 * - `rejected`: not recorded, for the `reason` given (a cancelled conference, someone not on the
 *   caller's list, invalid content). The server keeps the decision: sending it again is a duplicate.
 */
export const attendanceOutcomes = ['applied', 'duplicate', 'rejected'] as const;
export const attendanceOutcomeSchema = z.enum(attendanceOutcomes);
export type AttendanceOutcome = z.infer<typeof attendanceOutcomeSchema>;

export const attendanceSyncResultSchema = z.object({
  /** One per event, in the order sent. */
  results: z.array(
    z.object({
      eventId: z.uuid(),
      outcome: attendanceOutcomeSchema,
      /** The registration checked in (for a walk-in, the one made or found for the person). */
      registrationId: z.uuid().optional(),
      /** Why an event was rejected, in words for the coordinator (on a duplicate: why it was the first time). */
      reason: z.string().optional(),
    }),
  ),
});
export type AttendanceSyncResult = z.infer<typeof attendanceSyncResultSchema>;
export type AttendanceSyncEventResult = AttendanceSyncResult['results'][number];
