import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ConsentSource, Gender, ListPeopleQuery, Page, ParticipantGroup } from '@canhgiac/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { type Scope, scopeCondition } from '../../common/auth/scope';
import { escapeLike, queryPage } from '../../common/sql';

/** A person as stored; the service decides what of it a caller sees. */
export interface PersonRecord {
  id: string;
  fullName: string | null;
  gender: Gender;
  birthYear: number | null;
  phone: string | null;
  communeCode: string;
  organizationId: string | null;
  group: ParticipantGroup;
  consentAt: Date | null;
  consentSource: ConsentSource | null;
  erased: boolean;
  createdAt: Date;
}

export interface PersonValues {
  fullName: string;
  gender: Gender;
  birthYear: number;
  phone: string | null;
  communeCode: string;
  organizationId: string | null;
  group: ParticipantGroup;
}

export const PERSON_COLUMNS = (p: string) => `${p}.id, ${p}.full_name AS "fullName", ${p}.gender, ${p}.birth_year AS "birthYear",
  ${p}.phone, ${p}.commune_code AS "communeCode", ${p}.organization_id AS "organizationId", ${p}.group_code AS "group",
  ${p}.consent_at AS "consentAt", ${p}.consent_source AS "consentSource", ${p}.erased_at IS NOT NULL AS erased,
  ${p}.created_at AS "createdAt"`;

/**
 * "Last seen" drives retention, counted in years: a person seen within the last day is not
 * written again, so a registration and its check-in, or a burst of check-ins, cost one write.
 */
export const NOT_SEEN_TODAY = (p: string) => `${p}.last_seen_at < now() - interval '1 day'`;

/**
 * The duplicate rule, as SQL on a person alias `p` and parameters for name, birth year, phone
 * and commune: same folded name and birth year, and the same phone, or the same commune when
 * there is no phone. Partial unique indexes enforce the same rule.
 */
export const SAME_PERSON = (p: string, name: string, year: string, phone: string, commune: string) => `
  ${p}.erased_at IS NULL AND ${p}.name_key = fold_text(${name}) AND ${p}.birth_year = ${year}
  AND ((${phone}::text IS NOT NULL AND ${p}.phone = ${phone}) OR (${phone}::text IS NULL AND ${p}.phone IS NULL AND ${p}.commune_code = ${commune}))`;

@Injectable()
export class PeopleRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** People the scope may see, searched without accents; erased people are left out. */
  async findPage(scope: Scope, query: ListPeopleQuery): Promise<Page<PersonRecord>> {
    const params: unknown[] = [];
    const conditions = [`p.erased_at IS NULL`, scopeCondition(scope, 'p.organization_id', params)];
    const q = query.q?.trim();
    if (q) {
      const digits = q.replace(/[\s.+-]/gu, '');
      if (/^\d{3,}$/u.test(digits)) {
        // Numbers are stored as 0xxxxxxxxx: a search from the start, with +84/84 read as 0.
        params.push(`${digits.startsWith('84') ? `0${digits.slice(2)}` : digits.startsWith('0') ? digits : `0${digits}`}%`);
        conditions.push(`p.phone LIKE $${params.length}`);
      } else {
        params.push(`%${escapeLike(q.normalize('NFC'))}%`);
        conditions.push(`p.name_key LIKE fold_text($${params.length})`);
      }
    }
    if (query.communeCode) {
      params.push(query.communeCode);
      conditions.push(`p.commune_code = $${params.length}`);
    }
    if (query.organizationId) {
      params.push(query.organizationId);
      conditions.push(`p.organization_id = $${params.length}`);
    }
    if (query.birthYear) {
      params.push(query.birthYear);
      conditions.push(`p.birth_year = $${params.length}`);
    }
    const where = conditions.join(' AND ');
    return queryPage(
      this.dataSource,
      { items: `SELECT ${PERSON_COLUMNS('p')} FROM person p WHERE ${where} ORDER BY p.name_key, p.birth_year, p.id`, counted: `person p WHERE ${where}` },
      params,
      query,
    );
  }

  /** The person, if the scope may see it: an id outside the scope is as unknown as a wrong one. */
  async findById(scope: Scope, id: string, manager: EntityManager = this.dataSource.manager): Promise<PersonRecord | undefined> {
    const params: unknown[] = [id];
    const rows: PersonRecord[] = await manager.query(
      `SELECT ${PERSON_COLUMNS('p')} FROM person p WHERE p.id = $1 AND ${scopeCondition(scope, 'p.organization_id', params)}`,
      params,
    );
    return rows[0];
  }

  /** People by id, for lists whose own scope (registrations) already decided who may see them. */
  async findManyByIds(ids: string[]): Promise<PersonRecord[]> {
    if (ids.length === 0) return [];
    return this.dataSource.query(`SELECT ${PERSON_COLUMNS('p')} FROM person p WHERE p.id = ANY($1::uuid[])`, [ids]);
  }

  async findDuplicate(
    values: PersonValues,
    exceptId: string | null,
    manager: EntityManager,
  ): Promise<{ id: string; organizationId: string | null } | undefined> {
    const rows: Array<{ id: string; organizationId: string | null }> = await manager.query(
      `SELECT p.id, p.organization_id AS "organizationId" FROM person p WHERE ${SAME_PERSON('p', '$1', '$2', '$3', '$4')} AND ($5::uuid IS NULL OR p.id <> $5) LIMIT 1`,
      [values.fullName, values.birthYear, values.phone, values.communeCode, exceptId],
    );
    return rows[0];
  }

  async insert(values: PersonValues, consentSource: ConsentSource, manager: EntityManager): Promise<string> {
    const [{ id }] = await manager.query(
      `INSERT INTO person (full_name, gender, birth_year, phone, commune_code, organization_id, group_code, consent_at, consent_source)
       VALUES ($1, $2, $3, $4, $5, $6, $7, now(), $8) RETURNING id`,
      [values.fullName, values.gender, values.birthYear, values.phone, values.communeCode, values.organizationId, values.group, consentSource],
    );
    return id;
  }

  async update(id: string, values: PersonValues, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE person SET full_name = $2, gender = $3, birth_year = $4, phone = $5, commune_code = $6,
         organization_id = $7, group_code = $8, updated_at = now()
       WHERE id = $1`,
      [id, values.fullName, values.gender, values.birthYear, values.phone, values.communeCode, values.organizationId, values.group],
    );
  }

  /** Clears what identifies the person; the row stays so that counts remain. */
  async erase(id: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE person SET full_name = NULL, phone = NULL, birth_year = NULL, erased_at = now(), updated_at = now() WHERE id = $1`,
      [id],
    );
  }

  /** How many people have not been seen for `years` years and are not anonymous yet. */
  async countNotSeenFor(years: number): Promise<number> {
    const [{ count }] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM person WHERE erased_at IS NULL AND last_seen_at < now() - make_interval(years => $1)`,
      [years],
    );
    return count;
  }

  /**
   * Anonymizes, in one statement, everyone not seen for `years` years, under a transaction-level
   * advisory lock so that only one API replica does it at a time. Returns how many.
   */
  async anonymizeNotSeenFor(years: number, manager: EntityManager): Promise<number | undefined> {
    const [{ locked }] = await manager.query(`SELECT pg_try_advisory_xact_lock(hashtext('person_retention')) AS locked`);
    if (!locked) return undefined;
    const [{ count }] = await manager.query(
      `WITH anonymized AS (
         UPDATE person SET full_name = NULL, phone = NULL, birth_year = NULL, erased_at = now(), updated_at = now()
         WHERE erased_at IS NULL AND last_seen_at < now() - make_interval(years => $1)
         RETURNING id
       ) SELECT count(*)::int AS count FROM anonymized`,
      [years],
    );
    return count;
  }

  async touch(ids: string[], manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE person p SET last_seen_at = now() WHERE p.id = ANY($1::uuid[]) AND ${NOT_SEEN_TODAY('p')}`, [ids]);
  }
}
