import { useCallback, useEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getSessionState, restoreSession } from '../../../lib/session';
import { useSession } from '../../../lib/use-session';
import {
  offlineDb,
  type StoredEvent,
  type StoredRegistration,
  type StoredRoster,
} from './offline-db';
import { wipeExpired } from './roster-store';
import { syncConference, type SyncOutcome } from './sync';

/** The list on the device: undefined while reading, null when this conference has none. */
export function useStoredRoster(conferenceId: string): StoredRoster | null | undefined {
  return useLiveQuery(
    async () => (await offlineDb().rosters.get(conferenceId)) ?? null,
    [conferenceId],
  );
}

/** Every row of the list, in the roll-call sheet's order (walk-ins last). */
export function useStoredRegistrations(conferenceId: string): StoredRegistration[] {
  return (
    useLiveQuery(async () => {
      const rows = await offlineDb()
        .registrations.where('conferenceId')
        .equals(conferenceId)
        .toArray();
      return rows.sort(
        (a, b) =>
          (a.row ?? Infinity) - (b.row ?? Infinity) || a.fullName.localeCompare(b.fullName, 'vi'),
      );
    }, [conferenceId]) ?? []
  );
}

/** What waits for the server, and what it refused. */
export function useStoredEvents(conferenceId: string): {
  pending: number;
  rejected: StoredEvent[];
} {
  return (
    useLiveQuery(async () => {
      const db = offlineDb();
      const [pending, rejected] = await Promise.all([
        db.events.where('[conferenceId+state]').equals([conferenceId, 'pending']).count(),
        db.events.where('[conferenceId+state]').equals([conferenceId, 'rejected']).toArray(),
      ]);
      return { pending, rejected };
    }, [conferenceId]) ?? { pending: 0, rejected: [] }
  );
}

const FIRST_RETRY_MS = 15_000;
const LONGEST_RETRY_MS = 5 * 60_000;

/**
 * Keeps the device and the server in step while the page is open: a sync right after each
 * check-in, when the network comes back, when the page is shown again, and on a timer that
 * backs off (15 s, 30 s … 5 min) while it keeps failing. The session is restored first; an
 * expired one leaves everything waiting until the coordinator signs in again.
 */
export function useAutoSync(conferenceId: string, pending: number) {
  const session = useSession();
  const userId = session.status === 'authenticated' ? session.user.id : null;
  const [syncing, setSyncing] = useState(false);
  const [outcome, setOutcome] = useState<SyncOutcome | null>(null);
  // Whether the server can be reached, as last learned: from the browser's online and offline
  // events or from the last sync, whichever came last (the browser's guess is often wrong on a
  // weak line, and a page opened offline may never hear that the network came back).
  const [reachable, setReachable] = useState(() => navigator.onLine);
  const retry = useRef(FIRST_RETRY_MS);

  const sync = useCallback(async () => {
    if (userId === null) {
      // Offline at opening, or back from a lost network: try to restore the session (the
      // refresh cookie); an expired one waits for the coordinator to sign in.
      if (getSessionState().status === 'unavailable') {
        retry.current = Math.min(retry.current * 2, LONGEST_RETRY_MS);
        void restoreSession();
      }
      return;
    }
    setSyncing(true);
    try {
      const result = await syncConference(conferenceId, userId);
      setOutcome(result);
      if (result.kind === 'synced') setReachable(true);
      if (result.kind === 'offline') setReachable(false);
      retry.current =
        result.kind === 'synced' ? FIRST_RETRY_MS : Math.min(retry.current * 2, LONGEST_RETRY_MS);
    } finally {
      setSyncing(false);
    }
  }, [conferenceId, userId]);

  useEffect(() => {
    void wipeExpired(new Date());
    if (getSessionState().status === 'unknown') void restoreSession();
  }, []);

  // On opening, on signing in again, and shortly after each new check-in.
  useEffect(() => {
    const timer = setTimeout(() => void sync(), 800);
    return () => clearTimeout(timer);
  }, [sync, pending]);

  useEffect(() => {
    const again = () => {
      if (document.visibilityState === 'visible') void sync();
    };
    const up = () => {
      setReachable(true);
      again();
    };
    const down = () => setReachable(false);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    window.addEventListener('focus', again);
    document.addEventListener('visibilitychange', again);
    return () => {
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
      window.removeEventListener('focus', again);
      document.removeEventListener('visibilitychange', again);
    };
  }, [sync]);

  // While something waits (or the session could not be restored), try again on a timer that
  // backs off.
  useEffect(() => {
    if (pending === 0 && userId !== null) return;
    const timer = setTimeout(() => void sync(), retry.current);
    return () => clearTimeout(timer);
  }, [sync, pending, outcome, userId, session.status]);

  return { syncing, outcome, sync, session, reachable };
}
