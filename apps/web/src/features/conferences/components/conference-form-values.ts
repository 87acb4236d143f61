import {
  type Campaign,
  type Conference,
  type ConferenceConflict,
  type CreateConferenceBody,
  type createConferenceBodySchema,
  type UpdateConferenceBody,
} from '@canhgiac/contracts';
import type { z } from 'zod';
import { ApiError } from '../../../lib/api-errors';
import { inVietnam, todayInVietnam, vietnamInstant } from '../../../lib/date-time';
import { errorExtra } from '../../../lib/error-extra';

export type ConferenceFormValues = z.input<typeof createConferenceBodySchema>;

/** The form's fields, in the order a server error should focus them. */
export const conferenceFields = [
  'campaignId',
  'title',
  'topic',
  'startsAt',
  'endsAt',
  'communeCode',
  'venue',
  'organizerIds',
  'trainers',
  'capacity',
  'notes',
] as const;

/** A day clicked on the calendar becomes a morning session, 08:00–11:00 in Vietnam. */
export const DEFAULT_START = '08:00';
export const DEFAULT_END = '11:00';

/** The campaign to schedule under: the one asked for, else the one whose period holds the day. */
export function defaultCampaignId(
  campaigns: Campaign[],
  day: string | undefined,
  preferred?: string,
) {
  if (preferred && campaigns.some((campaign) => campaign.id === preferred)) return preferred;
  const on = day ?? todayInVietnam();
  const running = campaigns.find((campaign) => campaign.startsOn <= on && on <= campaign.endsOn);
  return running?.id ?? (campaigns.length === 1 ? campaigns[0].id : '');
}

export function formDefaults(
  conference: Conference | null,
  day: string | undefined,
  campaignId: string,
): Partial<ConferenceFormValues> {
  if (conference) {
    return {
      campaignId: conference.campaignId,
      title: conference.title,
      topic: conference.topic,
      startsAt: inVietnam(conference.startsAt).format(),
      endsAt: inVietnam(conference.endsAt).format(),
      communeCode: conference.communeCode,
      venue: conference.venue,
      organizerIds: conference.organizerIds,
      trainers: conference.trainers,
      capacity: conference.capacity,
      notes: conference.notes ?? '',
    };
  }
  return {
    campaignId,
    title: '',
    topic: '',
    startsAt: day ? vietnamInstant(day, DEFAULT_START) : '',
    endsAt: day ? vietnamInstant(day, DEFAULT_END) : '',
    communeCode: '',
    venue: '',
    organizerIds: [],
    trainers: [],
    notes: '',
  };
}

const sameInstant = (a: string, b: string) => Date.parse(a) === Date.parse(b);
const sameSet = (a: string[], b: string[]) =>
  JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());

/**
 * What the form changes on an existing conference (campaign excluded: it cannot move). A held or
 * cancelled conference takes only its notes.
 */
export function changedFields(values: CreateConferenceBody, conference: Conference) {
  const notes = values.notes || null;
  const changes: Partial<UpdateConferenceBody> = {};
  if (notes !== conference.notes) changes.notes = notes;
  if (conference.status === 'held' || conference.status === 'cancelled') return changes;
  if (values.title !== conference.title) changes.title = values.title;
  if (values.topic !== conference.topic) changes.topic = values.topic;
  if (!sameInstant(values.startsAt, conference.startsAt)) changes.startsAt = values.startsAt;
  if (!sameInstant(values.endsAt, conference.endsAt)) changes.endsAt = values.endsAt;
  if (values.communeCode !== conference.communeCode) changes.communeCode = values.communeCode;
  if (values.venue !== conference.venue) changes.venue = values.venue;
  if (!sameSet(values.organizerIds, conference.organizerIds)) {
    changes.organizerIds = values.organizerIds;
  }
  if (JSON.stringify(values.trainers) !== JSON.stringify(conference.trainers)) {
    changes.trainers = values.trainers;
  }
  if (values.capacity !== conference.capacity) changes.capacity = values.capacity;
  return changes;
}

const bookingFields = ['startsAt', 'endsAt', 'communeCode', 'venue', 'trainers'] as const;

/**
 * A conference booked despite a clash keeps that decision while its time, place and trainers
 * stay as they are: other edits (capacity, notes…) are sent with `force: true` rather than
 * asking "Vẫn đặt lịch" again for the clash already accepted.
 */
export function keepsAcceptedClash(conference: Conference, changes: Partial<UpdateConferenceBody>) {
  return conference.forced && bookingFields.every((field) => !(field in changes));
}

/** The conferences a 409 CONFERENCE_CLASH names, or null for any other error. */
export function clashOf(error: unknown): ConferenceConflict[] | null {
  if (!(error instanceof ApiError) || error.code !== 'CONFERENCE_CLASH') return null;
  return errorExtra(error, 'CONFERENCE_CLASH')?.conflicts ?? [];
}
