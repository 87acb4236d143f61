import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  ConsentSource,
  Gender,
  ListPeopleQuery,
  Page,
  ParticipantGroup,
} from '@canhgiac/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { type Scope, withinOrganization } from '../../common/auth/scope';
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

export const PERSON_COLUMNS = (
  p: string,
) => `${p}.id, ${p}.full_name AS "fullName", ${p}.gender, ${p}.birth_year AS "birthYear",
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
export const SAME_PERSON = (
  p: string,
  name: string,
  year: string,
  phone: string,
  commune: string,
) => `
  ${p}.erased_at IS NULL AND ${p}.name_key = fold_text(${name}) AND ${p}.birth_year = ${year}
  AND ((${phone}::text IS NOT NULL AND ${p}.phone = ${phone}) OR (${phone}::text IS NULL AND ${p}.phone IS NULL AND ${p}.commune_code = ${commune}))`;

/**
 * The people a scope may see, as a FROM item with the person table's columns, so that every
 * query of a person (list, read, search, the person inside a registration or a check-in) reads
 * through the same boundary:
 * - the department (admin, staff): the registry itself;
 * - a coordinator: the people their organization holds (`person_membership`), each with what
 *   that organization entered: its name, gender, birth year, phone, commune, group and consent,
 *   its own organization and the day it entered them. Nothing another organization entered, and
 *   nothing about other memberships, is reachable this way;
 * - a leader: nobody.
 * Uses the next positional parameter; callers append `params` to their own.
 * ✅ `FROM ${personVisibleTo(scope, params)} p WHERE p.id = $1`
 */
export function personVisibleTo(scope: Scope, params: unknown[]): string {
  switch (scope.kind) {
    case 'all':
      return 'person';
    case 'organization':
      params.push(scope.organizationId);
      // A person held by the organization and by one of its branches is one row: its own copy first.
      return `(SELECT DISTINCT ON (p.id) p.id, m.full_name, m.name_key, m.gender, m.birth_year, m.phone, m.commune_code, m.organization_id,
          m.group_code, m.consent_at, m.consent_source, p.erased_at, p.last_seen_at, m.created_at
        FROM person_membership m JOIN person p ON p.id = m.person_id
        WHERE ${withinOrganization('m.organization_id', `$${params.length}`)}
        ORDER BY p.id, (m.organization_id = $${params.length}::uuid) DESC, m.created_at, m.organization_id)`;
    case 'aggregates':
      return '(SELECT * FROM person WHERE FALSE)';
  }
}

/** The duplicate rule on an organization's own copy `m` (person_membership), as `SAME_PERSON` on the registry. */
const SAME_MEMBER = (m: string, name: string, year: string, phone: string, commune: string) => `
  ${m}.name_key = fold_text(${name}) AND ${m}.birth_year = ${year}
  AND ((${phone}::text IS NOT NULL AND ${m}.phone = ${phone}) OR (${phone}::text IS NULL AND ${m}.phone IS NULL AND ${m}.commune_code = ${commune}))`;

@Injectable()
export class PeopleRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** People the scope may see, searched without accents; erased people are left out. */
  async findPage(scope: Scope, query: ListPeopleQuery): Promise<Page<PersonRecord>> {
    const params: unknown[] = [];
    const from = `${personVisibleTo(scope, params)} p`;
    const conditions = [`p.erased_at IS NULL`];
    const q = query.q?.trim();
    if (q) {
      const digits = q.replace(/[\s.+-]/gu, '');
      if (/^\d{3,}$/u.test(digits)) {
        // Numbers are stored as 0xxxxxxxxx: a search from the start, with +84/84 read as 0.
        params.push(
          `${digits.startsWith('84') ? `0${digits.slice(2)}` : digits.startsWith('0') ? digits : `0${digits}`}%`,
        );
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
      // The department finds everyone an organization holds; a coordinator's people are all
      // their own organization's, and another organization's id finds nobody.
      conditions.push(
        scope.kind === 'all'
          ? `EXISTS (SELECT 1 FROM person_membership om WHERE om.person_id = p.id AND om.organization_id = $${params.length})`
          : `p.organization_id = $${params.length}`,
      );
    }
    if (query.birthYear) {
      params.push(query.birthYear);
      conditions.push(`p.birth_year = $${params.length}`);
    }
    const where = conditions.join(' AND ');
    return queryPage(
      this.dataSource,
      {
        items: `SELECT ${PERSON_COLUMNS('p')} FROM ${from} WHERE ${where} ORDER BY p.name_key, p.birth_year, p.id`,
        counted: `${from} WHERE ${where}`,
      },
      params,
      query,
    );
  }

  /** The person, if the scope may see it: an id outside the scope is as unknown as a wrong one. */
  async findById(
    scope: Scope,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<PersonRecord | undefined> {
    const params: unknown[] = [id];
    const rows: PersonRecord[] = await manager.query(
      `SELECT ${PERSON_COLUMNS('p')} FROM ${personVisibleTo(scope, params)} p WHERE p.id = $1`,
      params,
    );
    return rows[0];
  }

  /** People by id as the scope sees them, for the people behind registrations a scoped query chose. */
  async findManyByIds(scope: Scope, ids: string[]): Promise<PersonRecord[]> {
    if (ids.length === 0) return [];
    const params: unknown[] = [ids];
    return this.dataSource.query(
      `SELECT ${PERSON_COLUMNS('p')} FROM ${personVisibleTo(scope, params)} p WHERE p.id = ANY($1::uuid[])`,
      params,
    );
  }

  /** The person in the whole registry under the duplicate rule: one identity per real person. */
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

  /**
   * A member of the organization who is the same person under the duplicate rule, by the
   * registry's identity or by what the organization itself entered. Only the organization's own
   * members are looked at, so the answer says nothing about anyone else.
   */
  async findMemberDuplicate(
    organizationId: string,
    values: PersonValues,
    exceptId: string | null,
    manager: EntityManager,
  ): Promise<string | undefined> {
    const rows: Array<{ id: string }> = await manager.query(
      `SELECT m.person_id AS id FROM person_membership m JOIN person p ON p.id = m.person_id
       WHERE m.organization_id = $5 AND p.erased_at IS NULL AND ($6::uuid IS NULL OR m.person_id <> $6)
         AND ((${SAME_PERSON('p', '$1', '$2', '$3', '$4')}) OR (${SAME_MEMBER('m', '$1', '$2', '$3', '$4')}))
       LIMIT 1`,
      [
        values.fullName,
        values.birthYear,
        values.phone,
        values.communeCode,
        organizationId,
        exceptId,
      ],
    );
    return rows[0]?.id;
  }

  /**
   * A new identity in the registry (and, through the database's trigger, its organization's
   * membership), or undefined when the same person was added meanwhile by a concurrent request:
   * the insert then waits for that request and gives way to it.
   */
  async insert(
    values: PersonValues,
    consentSource: ConsentSource,
    manager: EntityManager,
  ): Promise<string | undefined> {
    const rows: Array<{ id: string }> = await manager.query(
      `INSERT INTO person (full_name, gender, birth_year, phone, commune_code, organization_id, group_code, consent_at, consent_source)
       VALUES ($1, $2, $3, $4, $5, $6, $7, now(), $8) ON CONFLICT DO NOTHING RETURNING id`,
      [
        values.fullName,
        values.gender,
        values.birthYear,
        values.phone,
        values.communeCode,
        values.organizationId,
        values.group,
        consentSource,
      ],
    );
    return rows[0]?.id;
  }

  /** Makes the person a member of the organization with what it entered; false if they were already. */
  async addMembership(
    personId: string,
    organizationId: string,
    values: PersonValues,
    consentSource: ConsentSource,
    manager: EntityManager,
  ): Promise<boolean> {
    const rows = await manager.query<unknown[]>(
      `INSERT INTO person_membership (person_id, organization_id, full_name, gender, birth_year, phone, commune_code, group_code, consent_at, consent_source)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now(), $9) ON CONFLICT DO NOTHING RETURNING person_id`,
      [
        personId,
        organizationId,
        values.fullName,
        values.gender,
        values.birthYear,
        values.phone,
        values.communeCode,
        values.group,
        consentSource,
      ],
    );
    return rows.length > 0;
  }

  /** The organization's own copy of the person, as its coordinator corrected it. */
  async updateMembership(
    personId: string,
    organizationId: string,
    values: PersonValues,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `UPDATE person_membership SET full_name = $3, gender = $4, birth_year = $5, phone = $6, commune_code = $7, group_code = $8, updated_at = now()
       WHERE person_id = $1 AND organization_id = $2`,
      [
        personId,
        organizationId,
        values.fullName,
        values.gender,
        values.birthYear,
        values.phone,
        values.communeCode,
        values.group,
      ],
    );
  }

  /** The organization that first brought the person into the registry (the registry record's own). */
  async findHomeOrganization(id: string, manager: EntityManager): Promise<string | null> {
    const rows: Array<{ organizationId: string | null }> = await manager.query(
      `SELECT organization_id AS "organizationId" FROM person WHERE id = $1`,
      [id],
    );
    return rows[0]?.organizationId ?? null;
  }

  /** The registry's record. */
  async update(id: string, values: PersonValues, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE person SET full_name = $2, gender = $3, birth_year = $4, phone = $5, commune_code = $6,
         organization_id = $7, group_code = $8, updated_at = now()
       WHERE id = $1`,
      [
        id,
        values.fullName,
        values.gender,
        values.birthYear,
        values.phone,
        values.communeCode,
        values.organizationId,
        values.group,
      ],
    );
  }

  /** The identity (name, birth year, phone) is one for everyone: a correction by staff reaches every organization's copy. */
  async updateIdentityOfMemberships(
    id: string,
    values: Pick<PersonValues, 'fullName' | 'birthYear' | 'phone'>,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `UPDATE person_membership SET full_name = $2, birth_year = $3, phone = $4, updated_at = now() WHERE person_id = $1`,
      [id, values.fullName, values.birthYear, values.phone],
    );
  }

  /** Clears what identifies the person, in the registry and in every organization's copy; the rows stay so that counts remain. */
  async erase(id: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `WITH erased AS (
         UPDATE person SET full_name = NULL, phone = NULL, birth_year = NULL, erased_at = now(), updated_at = now() WHERE id = $1 RETURNING id
       )
       UPDATE person_membership m SET full_name = NULL, phone = NULL, birth_year = NULL, updated_at = now() FROM erased e WHERE m.person_id = e.id`,
      [id],
    );
  }

  /** How many people have not been seen for `years` years and are not anonymous yet. */
  async countNotSeenFor(years: number): Promise<number> {
    const [{ count }] = await this.dataSource.query<Array<{ count: number }>>(
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
    const [{ locked }] = await manager.query<Array<{ locked: boolean }>>(
      `SELECT pg_try_advisory_xact_lock(hashtext('person_retention')) AS locked`,
    );
    if (!locked) return undefined;
    const [{ count }] = await manager.query<Array<{ count: number }>>(
      `WITH anonymized AS (
         UPDATE person SET full_name = NULL, phone = NULL, birth_year = NULL, erased_at = now(), updated_at = now()
         WHERE erased_at IS NULL AND last_seen_at < now() - make_interval(years => $1)
         RETURNING id
       ), copies AS (
         UPDATE person_membership m SET full_name = NULL, phone = NULL, birth_year = NULL, updated_at = now()
         FROM anonymized a WHERE m.person_id = a.id
       ) SELECT count(*)::int AS count FROM anonymized`,
      [years],
    );
    return count;
  }

  async touch(ids: string[], manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE person p SET last_seen_at = now() WHERE p.id = ANY($1::uuid[]) AND ${NOT_SEEN_TODAY('p')}`,
      [ids],
    );
  }
}
