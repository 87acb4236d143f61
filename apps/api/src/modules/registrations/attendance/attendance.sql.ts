import type { CheckInMethod, ConferenceStatus } from '@canhgiac/contracts';
import type { EntityManager } from 'typeorm';
import type { Scope } from '../../../common/auth/scope';
import { personTouchSql } from '../../people/people.sql';
import { registrationsVisibleTo } from '../registrations.repository';

/** An event as it is claimed: `kind` and `deviceAt` are null when its content was invalid. */
export interface ClaimedEvent {
  eventId: string;
  kind: 'check_in' | 'walk_in' | null;
  deviceAt: Date | null;
}

/** A check-in to count: by printed code or by registration (a walk-in's, once registered). */
export interface CheckInItem {
  eventId: string;
  at: Date;
  code: string | null;
  registrationId: string | null;
  method: CheckInMethod;
}

export interface EventOutcome {
  eventId: string;
  outcome: 'applied' | 'rejected';
  registrationId: string | null;
  checkedInAt: Date | null;
  reason: string | null;
}

/** What an earlier sync decided about an event, as the caller may see it. */
export interface RecordedEvent {
  eventId: string;
  registrationId: string | null;
  reason: string | null;
}

/**
 * The set-based statements of an offline sync, inside its transaction: a fixed handful of
 * statements per batch, whatever its size (walk-ins aside, which go one by one through the
 * registration rules). (This file belongs to the registrations module: it checks people in.)
 */
export class AttendanceSql {
  constructor(private readonly manager: EntityManager) {}

  /**
   * Locks the conference for the rest of the transaction: syncs of one conference, and walk-ins
   * and registrations at its door, take their turn, so that "is this event new?" and "is this
   * person registered?" and the writes that follow see every earlier batch.
   */
  async lockConference(
    conferenceId: string,
  ): Promise<{ status: ConferenceStatus; startsAt: Date } | undefined> {
    const rows = await this.manager.query<Array<{ status: ConferenceStatus; startsAt: Date }>>(
      `SELECT status, starts_at AS "startsAt" FROM conference WHERE id = $1 FOR UPDATE`,
      [conferenceId],
    );
    return rows[0];
  }

  /**
   * Claims the events that no sync has processed yet and answers their ids; an id that is already
   * there (sent before, or by a concurrent sync, which this insert waits for) is not returned.
   * Ids are inserted in order, so two batches with the same events never wait for each other
   * crosswise.
   */
  async claim(
    conferenceId: string,
    deviceId: string,
    userId: string,
    events: ClaimedEvent[],
  ): Promise<Set<string>> {
    if (events.length === 0) return new Set();
    const rows: Array<{ id: string }> = await this.manager.query(
      `WITH claimed AS (
         INSERT INTO attendance_event (id, conference_id, device_id, user_id, kind, device_at)
         SELECT x.id, $1, $2, $3, x.kind, x.device_at
         FROM jsonb_to_recordset($4::jsonb) AS x(id uuid, kind text, device_at timestamptz)
         ORDER BY x.id
         ON CONFLICT (id) DO NOTHING
         RETURNING id
       ) SELECT id FROM claimed`,
      [
        conferenceId,
        deviceId,
        userId,
        JSON.stringify(
          events.map((e) => ({
            id: e.eventId,
            kind: e.kind,
            device_at: e.deviceAt?.toISOString(),
          })),
        ),
      ],
    );
    return new Set(rows.map((row) => row.id));
  }

  /**
   * Counts the check-ins in one statement, as the online check-in does for one: finds each
   * item's registration in the conference among those the scope may see, locks them (in id
   * order), marks them attended at the earliest time any event gives (an earlier event that
   * arrives later moves the time earlier; a later one changes nothing), marks the people seen,
   * and answers each event's registration, or null when the scope has no such registration.
   */
  async checkInEarliest(
    scope: Scope,
    conferenceId: string,
    items: CheckInItem[],
  ): Promise<{ registrations: Map<string, string | null>; attended: number; earlier: number }> {
    if (items.length === 0) return { registrations: new Map(), attended: 0, earlier: 0 };
    const params: unknown[] = [
      conferenceId,
      JSON.stringify(
        items.map((i) => ({
          event_id: i.eventId,
          at: i.at.toISOString(),
          code: i.code,
          registration_id: i.registrationId,
          method: i.method,
        })),
      ),
    ];
    const reach = registrationsVisibleTo(scope, params);
    const rows: Array<{
      eventId: string;
      registrationId: string | null;
      attended: number;
      earlier: number;
    }> = await this.manager.query(
      `WITH ev AS (
         SELECT * FROM jsonb_to_recordset($2::jsonb)
           AS x(event_id uuid, at timestamptz, code char(8), registration_id uuid, method text)
       ),
       keyed AS (
         SELECT ev.event_id, ev.at, ev.method, coalesce(ev.registration_id, c.id) AS registration_id
         FROM ev LEFT JOIN registration c ON c.conference_id = $1 AND c.check_in_code = ev.code
       ),
       matched AS (
         SELECT kd.event_id, kd.at, kd.method, r.id
         FROM keyed kd JOIN registration r ON r.id = kd.registration_id AND r.conference_id = $1 ${reach.join}
         WHERE ${reach.where}
       ),
       locked AS MATERIALIZED (
         SELECT r.id, r.checked_in_at FROM registration r
         WHERE r.id IN (SELECT id FROM matched) ORDER BY r.id FOR UPDATE
       ),
       earliest AS (
         SELECT DISTINCT ON (m.id) m.id, m.at, m.method FROM matched m ORDER BY m.id, m.at, m.event_id
       ),
       marked AS (
         UPDATE registration r
         SET status = 'attended', checked_in_at = LEAST(r.checked_in_at, e.at), check_in_method = e.method
         FROM earliest e JOIN locked l ON l.id = e.id
         WHERE r.id = e.id AND (r.checked_in_at IS NULL OR e.at < r.checked_in_at)
         RETURNING r.id, r.person_id, l.checked_in_at IS NULL AS first
       ),
       touched AS (${personTouchSql('marked', 'person_id')})
       SELECT ev.event_id AS "eventId", m.id AS "registrationId",
         (SELECT count(*) FROM marked WHERE first)::int AS attended,
         (SELECT count(*) FROM marked WHERE NOT first)::int AS earlier
       FROM ev LEFT JOIN matched m ON m.event_id = ev.event_id`,
      params,
    );
    return {
      registrations: new Map(rows.map((row) => [row.eventId, row.registrationId])),
      attended: rows[0]?.attended ?? 0,
      earlier: rows[0]?.earlier ?? 0,
    };
  }

  /** Writes what was decided about each claimed event. */
  async recordOutcomes(outcomes: EventOutcome[]): Promise<void> {
    if (outcomes.length === 0) return;
    await this.manager.query(
      `UPDATE attendance_event e
       SET outcome = x.outcome, registration_id = x.registration_id, checked_in_at = x.checked_in_at, reason = x.reason
       FROM jsonb_to_recordset($1::jsonb)
         AS x(id uuid, outcome text, registration_id uuid, checked_in_at timestamptz, reason text)
       WHERE e.id = x.id`,
      [
        JSON.stringify(
          outcomes.map((o) => ({
            id: o.eventId,
            outcome: o.outcome,
            registration_id: o.registrationId,
            checked_in_at: o.checkedInAt?.toISOString() ?? null,
            reason: o.reason,
          })),
        ),
      ],
    );
  }

  /**
   * What earlier syncs decided about these events, for the answer to a duplicate: the
   * registration only if the scope may see it, and nothing about an event of another conference.
   */
  async findRecorded(
    scope: Scope,
    conferenceId: string,
    eventIds: string[],
  ): Promise<RecordedEvent[]> {
    if (eventIds.length === 0) return [];
    const params: unknown[] = [eventIds, conferenceId];
    const reach = registrationsVisibleTo(scope, params);
    return this.manager.query(
      `SELECT e.id AS "eventId", v.id AS "registrationId",
         CASE WHEN e.conference_id = $2 THEN e.reason END AS reason
       FROM attendance_event e
       LEFT JOIN LATERAL (
         SELECT r.id FROM registration r ${reach.join}
         WHERE r.id = e.registration_id AND r.conference_id = $2 AND ${reach.where}
       ) v ON true
       WHERE e.id = ANY($1::uuid[])`,
      params,
    );
  }
}
