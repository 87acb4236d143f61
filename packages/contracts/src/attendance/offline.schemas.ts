import { z } from 'zod';
import { conferenceStatusSchema } from '../conferences/conferences.schemas';
import { createPersonBodySchema } from '../people/people.schemas';
import {
  checkInCodeSchema,
  registrationStatusSchema,
} from '../registrations/registrations.schemas';

/** What a phone needs to check people in with no network: never a phone number. */
export const rosterRegistrationSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  fullName: z.string(),
  birthYear: z.number().int().nullable(),
  communeCode: z.string().nullable(),
  organizationId: z.uuid().nullable(),
  status: registrationStatusSchema,
  checkedInAt: z.iso.datetime({ offset: true }).nullable(),
});
export type RosterRegistration = z.infer<typeof rosterRegistrationSchema>;

/** `GET /api/conferences/:id/roster`: registrations in the roll-call sheet's order. */
export const rosterSchema = z.object({
  conference: z.object({
    id: z.uuid(),
    title: z.string(),
    startsAt: z.iso.datetime({ offset: true }),
    endsAt: z.iso.datetime({ offset: true }),
    venue: z.string().nullable(),
    communeCode: z.string().nullable(),
    status: conferenceStatusSchema,
  }),
  generatedAt: z.iso.datetime({ offset: true }),
  registrations: z.array(rosterRegistrationSchema),
});
export type Roster = z.infer<typeof rosterSchema>;

/** The most events one sync request may carry. */
export const MAX_SYNC_EVENTS = 2000;

const eventBase = {
  /** Made on the device: sending the same event twice is recognized. */
  eventId: z.uuid(),
  /** When it happened, by the device's clock. */
  at: z.iso.datetime({ offset: true }),
};

export const syncEventSchema = z.discriminatedUnion('kind', [
  z
    .object({
      ...eventBase,
      kind: z.literal('check_in'),
      code: checkInCodeSchema.optional(),
      registrationId: z.uuid().optional(),
    })
    .strict(),
  z.object({ ...eventBase, kind: z.literal('walk_in'), person: createPersonBodySchema }).strict(),
]);
export type SyncEvent = z.input<typeof syncEventSchema>;

export const syncBodySchema = z.object({
  deviceId: z.string().trim().min(1).max(100),
  events: z.array(syncEventSchema).min(1).max(MAX_SYNC_EVENTS),
});
export type SyncBody = z.infer<typeof syncBodySchema>;

export const syncOutcomeSchema = z.enum(['applied', 'duplicate', 'rejected']);
export type SyncOutcomeKind = z.infer<typeof syncOutcomeSchema>;

export const syncResultSchema = z.object({
  eventId: z.string(),
  outcome: syncOutcomeSchema,
  registrationId: z.uuid().optional(),
  /** Why a rejected event was refused, in words the coordinator understands. */
  reason: z.string().optional(),
});
export type SyncResult = z.infer<typeof syncResultSchema>;

export const syncResponseSchema = z.object({ results: z.array(syncResultSchema) });
export type SyncResponse = z.infer<typeof syncResponseSchema>;
