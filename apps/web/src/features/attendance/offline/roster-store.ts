import { foldText, type CreatePersonBody } from '@canhgiac/contracts';
import {
  offlineDb,
  type StoredEvent,
  type StoredRegistration,
  type StoredRoster,
} from './offline-db';
import type { Roster } from './offline-api';

/** A downloaded list is kept this long after its conference ends, then wiped. */
export const KEEP_AFTER_CONFERENCE_DAYS = 3;
const DAY_MS = 86_400_000;

export const LOCAL_PREFIX = 'local:';

/** A UUID made on the device (crypto.randomUUID needs HTTPS; getRandomValues does not). */
export function newEventId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const DEVICE_KEY = 'canhgiac.device-id';

/** This device's id, sent with every sync so the audit log can tell the phones apart. */
export function deviceId(): string {
  let id = localStorage.getItem(DEVICE_KEY);
  if (!id) {
    id = newEventId();
    localStorage.setItem(DEVICE_KEY, id);
  }
  return id;
}

const earlier = (a: string | null, b: string | null) =>
  a === null ? b : b === null ? a : Date.parse(a) <= Date.parse(b) ? a : b;

/**
 * Stores a conference's list as the server sent it, rows in the roll-call sheet's order. What
 * this device did that the server has not confirmed yet stays on top: its check-ins keep
 * their time (the earlier one wins), and its walk-ins keep their provisional rows.
 */
export async function saveRoster(roster: Roster, userId: string, now: Date): Promise<void> {
  const db = offlineDb();
  const conferenceId = roster.conference.id;
  await db.transaction('rw', db.rosters, db.registrations, db.events, async () => {
    const pending = await db.events
      .where('[conferenceId+state]')
      .equals([conferenceId, 'pending'])
      .toArray();
    const local = new Map(
      (await db.registrations.where('conferenceId').equals(conferenceId).toArray()).map((r) => [
        r.id,
        r,
      ]),
    );
    const pendingRegistrations = new Set(
      pending.flatMap((event) =>
        event.kind === 'walk_in'
          ? [`${LOCAL_PREFIX}${event.eventId}`]
          : event.registrationId
            ? [event.registrationId]
            : [],
      ),
    );
    const rows: StoredRegistration[] = roster.registrations.map((registration, index) => {
      const mine = pendingRegistrations.has(registration.id) ? local.get(registration.id) : null;
      return {
        conferenceId,
        id: registration.id,
        row: index + 1,
        code: registration.code,
        fullName: registration.fullName ?? '',
        birthYear: registration.birthYear,
        communeCode: registration.communeCode,
        status: mine?.status ?? registration.status,
        checkedInAt: earlier(registration.checkedInAt, mine?.checkedInAt ?? null),
        search: foldText(registration.fullName ?? ''),
      };
    });
    const provisional = [...local.values()].filter(
      (r) => pendingRegistrations.has(r.id) && r.id.startsWith(LOCAL_PREFIX),
    );
    await db.registrations.where('conferenceId').equals(conferenceId).delete();
    await db.registrations.bulkPut([...rows, ...provisional]);
    const previous = await db.rosters.get(conferenceId);
    await db.rosters.put({
      conferenceId,
      conference: roster.conference,
      generatedAt: roster.generatedAt,
      downloadedAt: now.toISOString(),
      userId,
      lastSyncAt: previous?.lastSyncAt ?? null,
      syncProblem: null,
    });
  });
}

export type LocalCheckIn =
  | { kind: 'checked-in'; name: string; at: string }
  | { kind: 'already'; name: string; at: string }
  /** Not on the device's list (registered after the download?): kept for the server to decide. */
  | { kind: 'queued-unknown'; code: string };

/**
 * Checks someone in on the device: the row shows it at once, and an event waits for the server.
 * Someone already checked in is told so, and nothing is queued.
 */
export async function checkInLocally(
  conferenceId: string,
  target: { registrationId: string } | { code: string },
  now: Date,
): Promise<LocalCheckIn> {
  const db = offlineDb();
  const at = now.toISOString();
  return db.transaction('rw', db.registrations, db.events, async () => {
    const registration =
      'registrationId' in target
        ? await db.registrations.get([conferenceId, target.registrationId])
        : await db.registrations
            .where('[conferenceId+code]')
            .equals([conferenceId, target.code])
            .first();
    if (!registration) {
      const code = 'code' in target ? target.code : '';
      await db.events.add({
        eventId: newEventId(),
        conferenceId,
        at,
        kind: 'check_in',
        code,
        label: code,
        state: 'pending',
      });
      return { kind: 'queued-unknown', code };
    }
    const name = registration.fullName;
    if (registration.checkedInAt) return { kind: 'already', name, at: registration.checkedInAt };
    await db.registrations.update([conferenceId, registration.id], {
      checkedInAt: at,
      status: 'attended',
    });
    // A walk-in not yet synced is checked in by its own event already.
    if (!registration.id.startsWith(LOCAL_PREFIX)) {
      const event: StoredEvent = {
        eventId: newEventId(),
        conferenceId,
        at,
        kind: 'check_in',
        registrationId: registration.id,
        ...(registration.code ? { code: registration.code } : {}),
        label: name,
        state: 'pending',
      };
      await db.events.add(event);
    }
    return { kind: 'checked-in', name, at };
  });
}

/** Checks in many rows of the signed paper sheet at once; answers how many were new. */
export async function checkInRows(
  conferenceId: string,
  registrationIds: string[],
  at: Date,
): Promise<number> {
  const db = offlineDb();
  // One transaction for the whole sheet: 200 rows are written at once, or not at all.
  return db.transaction('rw', db.registrations, db.events, async () => {
    let added = 0;
    for (const registrationId of registrationIds) {
      const outcome = await checkInLocally(conferenceId, { registrationId }, at);
      if (outcome.kind === 'checked-in') added += 1;
    }
    return added;
  });
}

/** Someone who came without registering: a provisional row now, one person and registration on sync. */
export async function walkInLocally(
  conferenceId: string,
  person: CreatePersonBody,
  now: Date,
): Promise<void> {
  const db = offlineDb();
  const eventId = newEventId();
  const at = now.toISOString();
  await db.transaction('rw', db.registrations, db.events, async () => {
    await db.events.add({
      eventId,
      conferenceId,
      at,
      kind: 'walk_in',
      person,
      label: person.fullName,
      state: 'pending',
    });
    await db.registrations.add({
      conferenceId,
      id: `${LOCAL_PREFIX}${eventId}`,
      row: null,
      code: null,
      fullName: person.fullName,
      birthYear: person.birthYear ?? null,
      communeCode: person.communeCode ?? null,
      status: 'attended',
      checkedInAt: at,
      search: foldText(person.fullName),
    });
  });
}

/** Dismisses the rejections the coordinator has read. */
export async function dismissRejected(conferenceId: string): Promise<void> {
  await offlineDb()
    .events.where('[conferenceId+state]')
    .equals([conferenceId, 'rejected'])
    .delete();
}

async function wipeConference(conferenceId: string): Promise<void> {
  const db = offlineDb();
  await db.transaction('rw', db.rosters, db.registrations, db.events, async () => {
    await db.rosters.delete(conferenceId);
    await db.registrations.where('conferenceId').equals(conferenceId).delete();
    await db.events.where('conferenceId').equals(conferenceId).delete();
  });
}

/**
 * Wipes the lists of conferences that ended more than a few days ago. A list with check-ins
 * still waiting for the server is kept until they are synced: they exist nowhere else.
 */
export async function wipeExpired(now: Date): Promise<string[]> {
  const db = offlineDb();
  const rosters: StoredRoster[] = await db.rosters.toArray();
  const wiped: string[] = [];
  for (const roster of rosters) {
    const ended = Date.parse(roster.conference.endsAt);
    if (now.getTime() - ended < KEEP_AFTER_CONFERENCE_DAYS * DAY_MS) continue;
    const waiting = await db.events
      .where('[conferenceId+state]')
      .equals([roster.conferenceId, 'pending'])
      .count();
    if (waiting > 0) continue;
    await wipeConference(roster.conferenceId);
    wiped.push(roster.conferenceId);
  }
  return wiped;
}

/** The rows whose numbers were typed from the paper sheet: "1-5, 8 12" → rows 1…5, 8 and 12. */
export function parseRowNumbers(text: string, last: number): { rows: number[]; invalid: string[] } {
  const rows = new Set<number>();
  const invalid: string[] = [];
  for (const part of text.split(/[\s,;]+/u).filter(Boolean)) {
    const range = /^(\d+)(?:[-–](\d+))?$/u.exec(part);
    const from = range ? Number(range[1]) : NaN;
    const to = range?.[2] ? Number(range[2]) : from;
    if (!range || from < 1 || to > last || from > to) {
      invalid.push(part);
      continue;
    }
    for (let row = from; row <= to; row += 1) rows.add(row);
  }
  return { rows: [...rows].sort((a, b) => a - b), invalid };
}
