import type { AdminUnit, CreatePersonBody } from '@canhgiac/contracts';
import Dexie, { type EntityTable, type Table } from 'dexie';
import { OFFLINE_DATABASE } from '../../../lib/offline-database';

/** A conference whose list is on this device, for check-in with no network. */
export interface StoredRoster {
  conferenceId: string;
  conference: {
    id: string;
    title: string;
    startsAt: string;
    endsAt: string;
    venue: string | null;
    communeCode: string | null;
    status: string;
  };
  /** The server's time of the list, and when this device last received it. */
  generatedAt: string;
  downloadedAt: string;
  /** Who downloaded it: another user signing in on this device does not see it. */
  userId: string;
  /** The last time every waiting check-in reached the server. */
  lastSyncAt: string | null;
  /** Why the last sync attempt failed, when it did ("offline", "login"). */
  syncProblem: 'offline' | 'login' | 'server' | null;
}

/** One row of the roll-call sheet on the device (no phone number is ever stored). */
export interface StoredRegistration {
  conferenceId: string;
  /** The server's registration id, or `local:<eventId>` for a walk-in not yet synced. */
  id: string;
  /** The row number on the printed roll-call sheet (1, 2, …); walk-ins have none. */
  row: number | null;
  code: string | null;
  fullName: string;
  birthYear: number | null;
  communeCode: string | null;
  status: string;
  checkedInAt: string | null;
  /** The name folded (no accents, lower case), for search on the device. */
  search: string;
}

export type OfflineEventKind = 'check_in' | 'walk_in';

/**
 * One thing done at the door, kept until the server has confirmed it. The id is made here, so
 * sending the same event twice (a lost answer, a retry) is recognized by the server.
 */
export interface StoredEvent {
  eventId: string;
  conferenceId: string;
  at: string;
  kind: OfflineEventKind;
  code?: string;
  registrationId?: string;
  person?: CreatePersonBody;
  /** The name shown while the event waits, and in a rejection. */
  label: string;
  state: 'pending' | 'done' | 'rejected';
  reason?: string;
  /** The registration the server applied it to (walk-ins learn theirs on sync). */
  resultRegistrationId?: string;
}

/** Reference lists the forms need with no network (the communes of the walk-in form). */
export interface StoredReference {
  key: 'communes' | 'former-communes';
  units: AdminUnit[];
}

export class OfflineDatabase extends Dexie {
  rosters!: EntityTable<StoredRoster, 'conferenceId'>;
  registrations!: Table<StoredRegistration, [string, string]>;
  events!: EntityTable<StoredEvent, 'eventId'>;
  references!: EntityTable<StoredReference, 'key'>;

  constructor() {
    super(OFFLINE_DATABASE);
    this.version(1).stores({
      rosters: 'conferenceId',
      registrations: '[conferenceId+id], conferenceId, [conferenceId+code], [conferenceId+row]',
      events: 'eventId, conferenceId, [conferenceId+state], state',
      references: 'key',
    });
  }
}

let database: OfflineDatabase | null = null;

/** The device's one database, opened on first use. */
export function offlineDb(): OfflineDatabase {
  database ??= new OfflineDatabase();
  return database;
}
