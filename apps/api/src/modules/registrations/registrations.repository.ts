import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CheckInMethod, ListRegistrationsQuery, RegistrationStatus } from '@canhgiac/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { type Scope, scopeCondition } from '../../common/auth/scope';
import { escapeLike } from '../../common/sql';

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

/** A registration's status as people mean it: not checked in at a held conference is "absent". */
const STATUS = `CASE WHEN r.status = 'registered' AND f.status = 'held' THEN 'absent' ELSE r.status END`;
const COLUMNS = `r.id, r.conference_id AS "conferenceId", r.person_id AS "personId", ${STATUS} AS status,
  r.checked_in_at AS "checkedInAt", r.check_in_method AS "checkInMethod", r.check_in_code AS "checkInCode",
  r.organization_id AS "organizationId", r.created_at AS "createdAt"`;

export type CheckInKey = { registrationId: string } | { personId: string } | { code: string };

@Injectable()
export class RegistrationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The conference's registrations that the scope may see, by organization then name. */
  async findForConference(scope: Scope, conferenceId: string, query: ListRegistrationsQuery): Promise<RegistrationRecord[]> {
    const params: unknown[] = [conferenceId];
    const conditions = [`r.conference_id = $1`, scopeCondition(scope, 'r.organization_id', params)];
    if (query.status) {
      params.push(query.status);
      conditions.push(`${STATUS} = $${params.length}`);
    }
    if (query.q?.trim()) {
      const digits = query.q.replace(/[\s.+-]/gu, '');
      if (/^\d{3,}$/u.test(digits)) {
        params.push(`${digits.startsWith('84') ? `0${digits.slice(2)}` : digits.startsWith('0') ? digits : `0${digits}`}%`);
        conditions.push(`p.phone LIKE $${params.length}`);
      } else {
        params.push(`%${escapeLike(query.q.trim().normalize('NFC'))}%`);
        conditions.push(`(p.name_key LIKE fold_text($${params.length}) OR r.check_in_code = upper(btrim($${params.length}, '%')))`);
      }
    }
    if (query.birthYear) {
      params.push(query.birthYear);
      conditions.push(`p.birth_year = $${params.length}`);
    }
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM registration r
       JOIN conference f ON f.id = r.conference_id
       JOIN person p ON p.id = r.person_id
       LEFT JOIN organization o ON o.id = r.organization_id
       WHERE ${conditions.join(' AND ')}
       ORDER BY o.name NULLS LAST, p.name_key NULLS LAST, p.birth_year, r.id`,
      params,
    );
  }

  /** The roll-call sheet's rows: by organization, then name. */
  async findRollCall(scope: Scope, conferenceId: string) {
    const params: unknown[] = [conferenceId];
    return this.dataSource.query(
      `SELECT p.full_name AS "fullName", p.birth_year AS "birthYear", p.gender, p.group_code AS "group",
         o.name AS "organizationName", r.check_in_code AS "checkInCode", r.status = 'attended' AS attended
       FROM registration r
       JOIN person p ON p.id = r.person_id
       LEFT JOIN organization o ON o.id = r.organization_id
       WHERE r.conference_id = $1 AND ${scopeCondition(scope, 'r.organization_id', params)}
       ORDER BY o.name NULLS LAST, p.name_key NULLS LAST, p.birth_year, r.id`,
      params,
    );
  }

  async findById(scope: Scope, conferenceId: string, id: string, manager: EntityManager = this.dataSource.manager) {
    const params: unknown[] = [conferenceId, id];
    const rows: RegistrationRecord[] = await manager.query(
      `SELECT ${COLUMNS} FROM registration r JOIN conference f ON f.id = r.conference_id
       WHERE r.conference_id = $1 AND r.id = $2 AND ${scopeCondition(scope, 'r.organization_id', params)}`,
      params,
    );
    return rows[0];
  }

  async findByPerson(conferenceId: string, personId: string, manager: EntityManager): Promise<RegistrationRecord | undefined> {
    const rows: RegistrationRecord[] = await manager.query(
      `SELECT ${COLUMNS} FROM registration r JOIN conference f ON f.id = r.conference_id
       WHERE r.conference_id = $1 AND r.person_id = $2`,
      [conferenceId, personId],
    );
    return rows[0];
  }

  /**
   * Takes one seat, or none when the conference is full. The row lock this takes on the
   * conference serializes concurrent registrations, and the capacity check constraint backs it.
   */
  async takeSeats(conferenceId: string, seats: number, manager: EntityManager): Promise<boolean> {
    // TypeORM answers a bare UPDATE … RETURNING with [rows, count]; inside a CTE it is a plain SELECT.
    const rows = await manager.query(
      `WITH taken AS (
         UPDATE conference SET registered_count = registered_count + $2
         WHERE id = $1 AND registered_count + $2 <= capacity RETURNING id
       ) SELECT id FROM taken`,
      [conferenceId, seats],
    );
    return rows.length > 0;
  }

  async releaseSeat(conferenceId: string, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE conference SET registered_count = registered_count - 1 WHERE id = $1`, [conferenceId]);
  }

  /** Inserts unless the person is registered already; returns the new id or undefined. */
  async insert(
    values: { conferenceId: string; personId: string; organizationId: string | null; createdBy: string },
    manager: EntityManager,
  ): Promise<string | undefined> {
    const rows = await manager.query(
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
   * Locks the registration named by the key, if the scope may see it, for a check-in.
   */
  async lockForCheckIn(scope: Scope, conferenceId: string, key: CheckInKey, manager: EntityManager) {
    const params: unknown[] = [conferenceId];
    let match: string;
    if ('registrationId' in key) {
      params.push(key.registrationId);
      match = `r.id = $2`;
    } else if ('personId' in key) {
      params.push(key.personId);
      match = `r.person_id = $2`;
    } else {
      params.push(key.code);
      match = `r.check_in_code = $2`;
    }
    const rows: Array<{ id: string; checkedInAt: Date | null; personId: string }> = await manager.query(
      `SELECT r.id, r.checked_in_at AS "checkedInAt", r.person_id AS "personId" FROM registration r
       WHERE r.conference_id = $1 AND ${match} AND ${scopeCondition(scope, 'r.organization_id', params)}
       FOR UPDATE`,
      params,
    );
    return rows[0];
  }

  async markAttended(id: string, method: CheckInMethod, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE registration SET status = 'attended', checked_in_at = coalesce(checked_in_at, now()),
         check_in_method = coalesce(check_in_method, $2)
       WHERE id = $1`,
      [id, method],
    );
  }
}
