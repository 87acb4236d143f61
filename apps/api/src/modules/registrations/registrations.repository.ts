import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  CheckInMethod,
  ConferenceStatus,
  ListRegistrationsQuery,
  RegistrationStatus,
} from '@canhgiac/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { type Scope, withinOrganization } from '../../common/auth/scope';
import { escapeLike, queryPrepared } from '../../common/sql';
import { vietnamDayOf } from '../admin-units/admin-units.sql';
import type { RollCallRow } from './roll-call.pdf';
import {
  type PersonJson,
  personJsonSql,
  personTouchSql,
  personVisibleTo,
} from '../people/people.sql';

export interface RegistrationRecord {
  id: string;
  conferenceId: string;
  personId: string;
  status: RegistrationStatus;
  checkedInAt: Date | null;
  checkInMethod: CheckInMethod | null;
  checkInCode: string;
  organizationId: string | null;
  createdAt: Date;
}

export interface RosterRecord {
  id: string;
  code: string;
  fullName: string | null;
  birthYear: number | null;
  communeCode: string;
  organizationId: string | null;
  status: RegistrationStatus;
  checkedInAt: Date | null;
}

/** A registration's status as people mean it: not checked in at a held conference is "absent". */
const STATUS = `CASE WHEN r.status = 'registered' AND f.status = 'held' THEN 'absent' ELSE r.status END`;

/**
 * How a scope reaches the registrations `r`, in one place:
 * - the department: every registration, under the organization whose list it came from;
 * - a coordinator: the registrations on their organization's list (`registration_claim`), each
 *   presented as theirs: their organization, and the time it went on their list;
 * - a leader: none.
 * `join` goes after `FROM registration r`; `where` into the WHERE. Uses the next positional parameter.
 */
export function registrationsVisibleTo(
  scope: Scope,
  params: unknown[],
): { join: string; where: string; organization: string; createdAt: string } {
  switch (scope.kind) {
    case 'all':
      return {
        join: '',
        where: 'TRUE',
        organization: 'r.organization_id',
        createdAt: 'r.created_at',
      };
    case 'organization':
      params.push(scope.organizationId);
      // The organization's own claim, else the first of its branches' claims.
      return {
        join: `JOIN LATERAL (SELECT c.organization_id, c.created_at FROM registration_claim c
            WHERE c.registration_id = r.id AND ${withinOrganization('c.organization_id', `$${params.length}`)}
            ORDER BY (c.organization_id = $${params.length}::uuid) DESC, c.created_at, c.organization_id LIMIT 1) k ON true`,
        where: 'TRUE',
        organization: 'k.organization_id',
        createdAt: 'k.created_at',
      };
    case 'aggregates':
      return {
        join: '',
        where: 'FALSE',
        organization: 'r.organization_id',
        createdAt: 'r.created_at',
      };
  }
}

const COLUMNS = (reach: {
  organization: string;
  createdAt: string;
}) => `r.id, r.conference_id AS "conferenceId", r.person_id AS "personId",
  ${STATUS} AS status, r.checked_in_at AS "checkedInAt", r.check_in_method AS "checkInMethod", r.check_in_code AS "checkInCode",
  ${reach.organization} AS "organizationId", ${reach.createdAt} AS "createdAt"`;

export interface CheckInOutcome {
  conferenceStatus: ConferenceStatus;
  /** The conference's day in Vietnam, YYYY-MM-DD. */
  startsOn: string;
  registration: (RegistrationRecord & { person: PersonJson }) | null;
}

export type CheckInKey = { registrationId: string } | { personId: string } | { code: string };

@Injectable()
export class RegistrationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The conference's registrations that the scope may see, by organization then name. */
  async findForConference(
    scope: Scope,
    conferenceId: string,
    query: ListRegistrationsQuery,
  ): Promise<RegistrationRecord[]> {
    const params: unknown[] = [conferenceId];
    const reach = registrationsVisibleTo(scope, params);
    const people = personVisibleTo(scope, params);
    const conditions = [`r.conference_id = $1`, reach.where];
    if (query.status) {
      params.push(query.status);
      conditions.push(`${STATUS} = $${params.length}`);
    }
    if (query.q?.trim()) {
      const digits = query.q.replace(/[\s.+-]/gu, '');
      if (/^\d{3,}$/u.test(digits)) {
        params.push(
          `${digits.startsWith('84') ? `0${digits.slice(2)}` : digits.startsWith('0') ? digits : `0${digits}`}%`,
        );
        conditions.push(`p.phone LIKE $${params.length}`);
      } else {
        params.push(`%${escapeLike(query.q.trim().normalize('NFC'))}%`);
        conditions.push(
          `(p.name_key LIKE fold_text($${params.length}) OR r.check_in_code = upper(btrim($${params.length}, '%')))`,
        );
      }
    }
    if (query.birthYear) {
      params.push(query.birthYear);
      conditions.push(`p.birth_year = $${params.length}`);
    }
    return this.dataSource.query(
      `SELECT ${COLUMNS(reach)} FROM registration r ${reach.join}
       JOIN conference f ON f.id = r.conference_id
       JOIN ${people} p ON p.id = r.person_id
       LEFT JOIN organization o ON o.id = ${reach.organization}
       WHERE ${conditions.join(' AND ')}
       ORDER BY o.name NULLS LAST, p.name_key NULLS LAST, p.birth_year, r.id`,
      params,
    );
  }

  /** The roll-call sheet's rows: by organization, then name. */
  async findRollCall(scope: Scope, conferenceId: string) {
    const params: unknown[] = [conferenceId];
    const reach = registrationsVisibleTo(scope, params);
    return this.dataSource.query<RollCallRow[]>(
      `SELECT p.full_name AS "fullName", p.birth_year AS "birthYear", p.gender, p.group_code AS "group",
         o.name AS "organizationName", r.check_in_code AS "checkInCode", r.status = 'attended' AS attended
       FROM registration r ${reach.join}
       JOIN ${personVisibleTo(scope, params)} p ON p.id = r.person_id
       LEFT JOIN organization o ON o.id = ${reach.organization}
       WHERE r.conference_id = $1 AND ${reach.where}
       ORDER BY o.name NULLS LAST, p.name_key NULLS LAST, p.birth_year, r.id`,
      params,
    );
  }

  /**
   * The roster a device takes to the venue: every registration the scope may see, with what a
   * coordinator at the door needs to recognise the person, and no phone number. In the order of
   * the roll-call sheet the same caller prints (by organization, then name), so a row's place in
   * the list is its number on the signed paper.
   */
  async findRoster(scope: Scope, conferenceId: string): Promise<RosterRecord[]> {
    const params: unknown[] = [conferenceId];
    const reach = registrationsVisibleTo(scope, params);
    return this.dataSource.query(
      `SELECT r.id, r.check_in_code AS code, p.full_name AS "fullName", p.birth_year AS "birthYear",
         p.commune_code AS "communeCode", ${reach.organization} AS "organizationId", ${STATUS} AS status,
         r.checked_in_at AS "checkedInAt"
       FROM registration r ${reach.join}
       JOIN conference f ON f.id = r.conference_id
       JOIN ${personVisibleTo(scope, params)} p ON p.id = r.person_id
       LEFT JOIN organization o ON o.id = ${reach.organization}
       WHERE r.conference_id = $1 AND ${reach.where}
       ORDER BY o.name NULLS LAST, p.name_key NULLS LAST, p.birth_year, r.id`,
      params,
    );
  }

  async findById(
    scope: Scope,
    conferenceId: string,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ) {
    const params: unknown[] = [conferenceId, id];
    const reach = registrationsVisibleTo(scope, params);
    const rows: RegistrationRecord[] = await manager.query(
      `SELECT ${COLUMNS(reach)} FROM registration r ${reach.join} JOIN conference f ON f.id = r.conference_id
       WHERE r.conference_id = $1 AND r.id = $2 AND ${reach.where}`,
      params,
    );
    return rows[0];
  }

  /**
   * The person's registration for the conference, whoever made it, and whether the organization
   * (if any) already has it on its list. For the service's rules only: never an answer as such.
   */
  async findByPerson(
    conferenceId: string,
    personId: string,
    organizationId: string | null,
    manager: EntityManager,
  ): Promise<{ id: string; claimed: boolean } | undefined> {
    const rows: Array<{ id: string; claimed: boolean }> = await manager.query(
      `SELECT r.id, EXISTS (SELECT 1 FROM registration_claim k WHERE k.registration_id = r.id AND k.organization_id = $3) AS claimed
       FROM registration r WHERE r.conference_id = $1 AND r.person_id = $2`,
      [conferenceId, personId, organizationId],
    );
    return rows[0];
  }

  /**
   * Serializes the registrations of one conference until the end of the transaction, so that
   * "is this person registered?" and the write that follows see every earlier request: a burst
   * of walk-ins of the same person at the door becomes one person and one registration.
   */
  async lockConference(conferenceId: string, manager: EntityManager): Promise<void> {
    await manager.query(`SELECT id FROM conference WHERE id = $1 FOR UPDATE`, [conferenceId]);
  }

  /** Puts an existing registration on the organization's list too. */
  async addClaim(
    registrationId: string,
    organizationId: string,
    userId: string,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO registration_claim (registration_id, organization_id, created_by) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
      [registrationId, organizationId, userId],
    );
  }

  /**
   * Seats a registration holds: one for the registration and one for each other organization
   * whose list also carries it (each list asked for a seat, and giving one back must not tell
   * a list about the others).
   */
  async lockForRemoval(
    id: string,
    manager: EntityManager,
  ): Promise<{ organizationId: string | null; seats: number }> {
    const [row] = await manager.query<Array<{ organizationId: string | null; seats: number }>>(
      `SELECT r.organization_id AS "organizationId",
         1 + (SELECT count(*) FROM registration_claim k WHERE k.registration_id = r.id AND k.organization_id IS DISTINCT FROM r.organization_id)::int AS seats
       FROM registration r WHERE r.id = $1 FOR UPDATE`,
      [id],
    );
    return row;
  }

  /**
   * Takes the registration off the organization's list. If it was made for that organization
   * and another list still carries it, it passes to the earliest of them; if none does, the
   * registration goes. Either way one seat is freed.
   */
  async removeClaim(
    id: string,
    organizationId: string,
    homeOrganizationId: string | null,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `DELETE FROM registration_claim WHERE registration_id = $1 AND organization_id = $2`,
      [id, organizationId],
    );
    if (homeOrganizationId !== organizationId) return;
    const moved = await manager.query<unknown[]>(
      `WITH next AS (
         SELECT organization_id FROM registration_claim WHERE registration_id = $1 ORDER BY created_at, organization_id LIMIT 1
       ), moved AS (
         UPDATE registration r SET organization_id = next.organization_id FROM next WHERE r.id = $1 RETURNING r.id
       ) SELECT id FROM moved`,
      [id],
    );
    if (moved.length === 0) await this.delete(id, manager);
  }

  /**
   * Takes one seat, or none when the conference is full. The row lock this takes on the
   * conference serializes concurrent registrations, and the capacity check constraint backs it.
   */
  async takeSeats(conferenceId: string, seats: number, manager: EntityManager): Promise<boolean> {
    // TypeORM answers a bare UPDATE … RETURNING with [rows, count]; inside a CTE it is a plain SELECT.
    const rows = await manager.query<unknown[]>(
      `WITH taken AS (
         UPDATE conference SET registered_count = registered_count + $2
         WHERE id = $1 AND registered_count + $2 <= capacity RETURNING id
       ) SELECT id FROM taken`,
      [conferenceId, seats],
    );
    return rows.length > 0;
  }

  async releaseSeats(conferenceId: string, seats: number, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE conference SET registered_count = registered_count - $2 WHERE id = $1`,
      [conferenceId, seats],
    );
  }

  /** Inserts unless the person is registered already; returns the new id or undefined. */
  async insert(
    values: {
      conferenceId: string;
      personId: string;
      organizationId: string | null;
      createdBy: string;
    },
    manager: EntityManager,
  ): Promise<string | undefined> {
    const rows = await manager.query<Array<{ id: string }>>(
      `INSERT INTO registration (conference_id, person_id, organization_id, created_by)
       VALUES ($1, $2, $3, $4) ON CONFLICT (conference_id, person_id) DO NOTHING RETURNING id`,
      [values.conferenceId, values.personId, values.organizationId, values.createdBy],
    );
    return rows[0]?.id;
  }

  async delete(id: string, manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM registration WHERE id = $1`, [id]);
  }

  /**
   * Checks in the registration named by the key, if the scope may see it, in one statement: it
   * locks the registration, marks it attended unless it already is (so a second or concurrent
   * check-in changes nothing and returns the first one's time), touches the person, reads the
   * registration back with its person, and writes the audit entry that `auditInsert` builds over
   * the `marked` rows (id, conference_id, person_id, checked_in_at, check_in_method, starts_on,
   * before_day). The conference's status and day come back with it: no row means no such
   * conference, and a null registration means none matching in it that the scope may see. A
   * cancelled conference is left untouched, and so is one whose day (in Vietnam) is after `today`
   * unless `beforeDay` allows it; a registration checked in already is still answered then.
   */
  async checkIn(
    scope: Scope,
    conferenceId: string,
    key: CheckInKey,
    method: CheckInMethod,
    day: { today: string; beforeDay: boolean },
    auditInsert: (source: string, params: unknown[]) => string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<CheckInOutcome | undefined> {
    const params: unknown[] = [conferenceId, method, day.today, day.beforeDay];
    let match: string;
    if ('registrationId' in key) {
      params.push(key.registrationId);
      match = `r.id = $5`;
    } else if ('personId' in key) {
      params.push(key.personId);
      match = `r.person_id = $5`;
    } else {
      params.push(key.code);
      match = `r.check_in_code = $5`;
    }
    const reach = registrationsVisibleTo(scope, params);
    const person = personJsonSql(scope, params, 't.person_id');
    const audit = auditInsert('marked', params);
    type Row = Omit<RegistrationRecord, 'checkedInAt' | 'createdAt'> & {
      checkedInAt: string;
      createdAt: string;
      person: PersonJson;
    };
    const rows = await queryPrepared<{
      conferenceStatus: ConferenceStatus;
      startsOn: string;
      registration: Row | null;
    }>(
      manager,
      `WITH conf AS (
           SELECT id, status, ${vietnamDayOf('starts_at')} AS starts_on FROM conference WHERE id = $1
         ),
         target AS (
           SELECT r.id, r.person_id, r.checked_in_at, r.check_in_method, r.check_in_code,
             ${reach.organization} AS organization_id, ${reach.createdAt} AS created_at
           FROM registration r ${reach.join} JOIN conf ON conf.status <> 'cancelled'
           WHERE r.conference_id = $1 AND ${match} AND ${reach.where}
             -- Someone checked in already (early, by staff) is answered as such on any day.
             AND (r.checked_in_at IS NOT NULL OR conf.starts_on <= $3::date OR $4::boolean)
           FOR UPDATE OF r
         ),
         marked AS (
           UPDATE registration r SET status = 'attended', checked_in_at = now(), check_in_method = $2
           FROM target t CROSS JOIN conf WHERE r.id = t.id AND t.checked_in_at IS NULL
           RETURNING r.id, r.conference_id, r.person_id, r.checked_in_at, r.check_in_method,
             conf.starts_on, conf.starts_on > $3::date AS before_day
         ),
         touched AS (${personTouchSql('marked', 'person_id')}),
         audited AS (${audit})
         SELECT conf.status AS "conferenceStatus", to_char(conf.starts_on, 'YYYY-MM-DD') AS "startsOn",
           CASE WHEN t.id IS NULL THEN NULL ELSE json_build_object(
             'id', t.id, 'conferenceId', conf.id, 'personId', t.person_id, 'status', 'attended',
             'checkedInAt', coalesce(m.checked_in_at, t.checked_in_at),
             'checkInMethod', coalesce(m.check_in_method, t.check_in_method),
             'checkInCode', t.check_in_code, 'organizationId', t.organization_id, 'createdAt', t.created_at,
             'person', ${person}) END AS registration
         FROM conf LEFT JOIN target t ON true LEFT JOIN marked m ON m.id = t.id`,
      params,
    );
    const row = rows[0];
    if (!row) return undefined;
    const registration = row.registration && {
      ...row.registration,
      checkedInAt: new Date(row.registration.checkedInAt),
      createdAt: new Date(row.registration.createdAt),
    };
    return { conferenceStatus: row.conferenceStatus, startsOn: row.startsOn, registration };
  }
}
