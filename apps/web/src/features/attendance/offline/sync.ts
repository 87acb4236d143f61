import { ApiError, NetworkError } from '../../../lib/api-errors';
import { offlineDb, type StoredEvent, type StoredRoster } from './offline-db';
import { fetchRoster, postSync, type SyncEvent } from './offline-api';
import { deviceId, saveRoster } from './roster-store';

/** Events per request; the server takes up to 2,000. */
export const SYNC_BATCH = 500;

export type SyncOutcome =
  | { kind: 'synced'; applied: number; duplicate: number; rejected: number }
  | { kind: 'offline' | 'login' | 'server' | 'other-user' | 'no-roster' };

function toWire(event: StoredEvent): SyncEvent {
  if (event.kind === 'walk_in' && event.person) {
    return { eventId: event.eventId, at: event.at, kind: 'walk_in', person: event.person };
  }
  return event.registrationId
    ? {
        eventId: event.eventId,
        at: event.at,
        kind: 'check_in',
        registrationId: event.registrationId,
      }
    : { eventId: event.eventId, at: event.at, kind: 'check_in', code: event.code ?? '' };
}

function problemOf(error: unknown): 'offline' | 'login' | 'server' {
  if (error instanceof NetworkError) return 'offline';
  if (error instanceof ApiError && error.statusCode === 401) return 'login';
  return 'server';
}

async function sendWaiting(conferenceId: string) {
  const db = offlineDb();
  const counts = { applied: 0, duplicate: 0, rejected: 0 };
  for (;;) {
    const batch = (
      await db.events.where('[conferenceId+state]').equals([conferenceId, 'pending']).sortBy('at')
    ).slice(0, SYNC_BATCH);
    if (batch.length === 0) return counts;
    const { results } = await postSync(conferenceId, deviceId(), batch.map(toWire));
    const byId = new Map(results.map((result) => [result.eventId, result]));
    await db.transaction('rw', db.events, async () => {
      for (const event of batch) {
        const result = byId.get(event.eventId);
        if (!result) continue;
        // A replay of an event refused the first time answers "duplicate" with the reason.
        const refused =
          result.outcome === 'rejected' || (result.reason !== undefined && !result.registrationId);
        counts[refused ? 'rejected' : result.outcome] += 1;
        await db.events.update(event.eventId, {
          state: refused ? 'rejected' : 'done',
          ...(result.reason ? { reason: result.reason } : {}),
          ...(result.registrationId ? { resultRegistrationId: result.registrationId } : {}),
        });
      }
    });
    // An answer that left every event of the batch waiting would loop forever.
    if (batch.every((event) => !byId.has(event.eventId))) throw new Error('sync answer mismatch');
  }
}

const running = new Map<string, Promise<SyncOutcome>>();

/**
 * Sends the device's waiting check-ins, oldest first, in batches, then takes the server's list
 * again (other phones' check-ins). Safe to call at any time and from any tab: one runs at a time,
 * and the server recognizes an event sent twice. A failure leaves everything waiting.
 */
export function syncConference(
  conferenceId: string,
  userId: string,
  now: () => Date = () => new Date(),
): Promise<SyncOutcome> {
  const current = running.get(conferenceId);
  if (current) return current;
  const work = withLock(`canhgiac.offline-sync.${conferenceId}`, () =>
    runSync(conferenceId, userId, now),
  ).finally(() => running.delete(conferenceId));
  running.set(conferenceId, work);
  return work;
}

async function withLock<T>(name: string, work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  return locks ? locks.request(name, work) : work();
}

async function runSync(
  conferenceId: string,
  userId: string,
  now: () => Date,
): Promise<SyncOutcome> {
  const db = offlineDb();
  const roster: StoredRoster | undefined = await db.rosters.get(conferenceId);
  if (!roster) return { kind: 'no-roster' };
  if (roster.userId !== userId) return { kind: 'other-user' };
  try {
    const counts = await sendWaiting(conferenceId);
    await saveRoster(await fetchRoster(conferenceId), userId, now());
    await db.rosters.update(conferenceId, { lastSyncAt: now().toISOString(), syncProblem: null });
    return { kind: 'synced', ...counts };
  } catch (error) {
    const problem = problemOf(error);
    await db.rosters.update(conferenceId, { syncProblem: problem });
    return { kind: problem };
  }
}

/** Downloads (or refreshes) a conference's list onto the device. */
export async function downloadRoster(
  conferenceId: string,
  userId: string,
  now: () => Date = () => new Date(),
): Promise<void> {
  await saveRoster(await fetchRoster(conferenceId), userId, now());
}
