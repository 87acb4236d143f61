import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  CertificateSettings,
  CertificateStatus,
  CertificateSummary,
  CertificateSummaryRow,
  ConferenceStatus,
  Gender,
} from '@canhgiac/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import {
  type Scope,
  scopeCondition,
  scopeOrganization,
  withinOrganization,
} from '../../common/auth/scope';
import { PRODUCT_TIME_ZONE } from '../../common/time';
import { unitValidOn, vietnamDayOf } from '../admin-units/admin-units.sql';
import { deleteCounted } from '../../common/sql';

/** A row of the certificate summary as read: its start as a Date. */
type SummaryRow = Omit<CertificateSummaryRow, 'startsAt'> & { startsAt: Date };

export interface CertificateRecord {
  id: string;
  serial: string;
  registrationId: string;
  conferenceId: string;
  personId: string;
  holderName: string | null;
  organizationId: string | null;
  verifyCode: string;
  status: CertificateStatus;
  issuedAt: Date;
  revokedAt: Date | null;
  revokedReason: string | null;
  replacesId: string | null;
  replacedById: string | null;
}

/** Everything one printed certificate shows. */
export interface CertificatePrint {
  id: string;
  serial: string;
  verifyCode: string;
  status: CertificateStatus;
  issuedAt: Date;
  holderName: string | null;
  gender: Gender;
  birthYear: number | null;
  residence: string | null;
  conferenceTitle: string;
  startsAt: Date;
  venue: string;
  place: string;
  settings: CertificateSettings;
}

const RECORD = `c.id, c.serial, c.registration_id AS "registrationId", c.conference_id AS "conferenceId",
  c.person_id AS "personId", p.full_name AS "holderName", r.organization_id AS "organizationId",
  c.verify_code AS "verifyCode", c.status, c.issued_at AS "issuedAt", c.revoked_at AS "revokedAt",
  c.revoked_reason AS "revokedReason", c.replaces_id AS "replacesId",
  (SELECT n.id FROM certificate n WHERE n.replaces_id = c.id LIMIT 1) AS "replacedById"`;

/**
 * "Commune, district" of a unit code, named as they were on the conference's day: the certificate
 * records that event, and a later merger must not rename or blank it.
 */
const placeOnConferenceDay = (code: string) => `(
  SELECT concat_ws(', ', u.name, d.name) FROM admin_unit u
  LEFT JOIN admin_unit d ON d.code = u.parent_code AND ${unitValidOn('d', vietnamDayOf('f.starts_at'))}
  WHERE u.code = ${code} AND ${unitValidOn('u', vietnamDayOf('f.starts_at'))} LIMIT 1)`;

const PRINT = `c.id, c.serial, c.verify_code AS "verifyCode", c.status, c.issued_at AS "issuedAt",
  p.full_name AS "holderName", p.gender, p.birth_year AS "birthYear",
  CASE WHEN p.erased_at IS NULL THEN ${placeOnConferenceDay('p.commune_code')} END AS residence,
  f.title AS "conferenceTitle", f.starts_at AS "startsAt", f.venue,
  ${placeOnConferenceDay('f.commune_code')} AS place,
  c.settings`;

/** The campaign's certificate settings (campaign alias `k`), as copied onto a certificate at issue. */
const CAMPAIGN_SETTINGS = `jsonb_build_object('parentBody', k.certificate_parent_body, 'issuer', k.certificate_issuer,
  'serialSuffix', k.certificate_serial_suffix, 'signerTitle', k.certificate_signer_title,
  'signerName', k.certificate_signer_name, 'issuePlace', k.certificate_issue_place)`;

/** The settings of the campaign of the conference `conferenceSql`, for an INSERT. */
const settingsOfConference = (conferenceSql: string) =>
  `(SELECT ${CAMPAIGN_SETTINGS} FROM conference sf JOIN campaign k ON k.id = sf.campaign_id WHERE sf.id = ${conferenceSql})`;

const PRINT_FROM = `certificate c
  JOIN registration r ON r.id = c.registration_id
  JOIN person p ON p.id = c.person_id
  JOIN conference f ON f.id = c.conference_id
  LEFT JOIN organization o ON o.id = r.organization_id`;

@Injectable()
export class CertificatesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The conference's title, or undefined when there is no such conference. */
  async conferenceTitle(conferenceId: string): Promise<string | undefined> {
    const rows: Array<{ title: string }> = await this.dataSource.query(
      `SELECT title FROM conference WHERE id = $1`,
      [conferenceId],
    );
    return rows[0]?.title;
  }

  /** Locks the conference for issuing and returns its status and its campaign's serial suffix. */
  async lockConference(conferenceId: string, manager: EntityManager) {
    const rows: Array<{ status: ConferenceStatus; suffix: string }> = await manager.query(
      `SELECT f.status, k.certificate_serial_suffix AS suffix
       FROM conference f JOIN campaign k ON k.id = f.campaign_id WHERE f.id = $1 FOR UPDATE OF f`,
      [conferenceId],
    );
    return rows[0];
  }

  /**
   * Locks the year's register and returns its last number. Issuers of the same register wait for
   * each other here, so numbers have no gaps and no duplicates; a rollback gives them back.
   */
  async lockSerials(year: number, suffix: string, manager: EntityManager): Promise<number> {
    await manager.query(
      `INSERT INTO certificate_serial (year, suffix) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [year, suffix],
    );
    const [{ last }] = await manager.query<Array<{ last: number }>>(
      `SELECT last_number AS last FROM certificate_serial WHERE year = $1 AND suffix = $2 FOR UPDATE`,
      [year, suffix],
    );
    return last;
  }

  async setLastSerial(
    year: number,
    suffix: string,
    last: number,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `UPDATE certificate_serial SET last_number = $3 WHERE year = $1 AND suffix = $2`,
      [year, suffix, last],
    );
  }

  /**
   * What `issueAll` would do now, read in one statement and written nowhere: how many
   * certificates, the register's last number of `year`, and the first holder in the batch's
   * order (the same order as `issueAll`). No row means no such conference.
   */
  async previewIssue(conferenceId: string, year: number) {
    const rows = await this.dataSource.query<
      Array<{
        status: ConferenceStatus;
        suffix: string;
        last: number;
        count: number;
        first: { fullName: string | null; organizationName: string | null } | null;
      }>
    >(
      `WITH conf AS (
         SELECT f.id, f.status, k.certificate_serial_suffix AS suffix
         FROM conference f JOIN campaign k ON k.id = f.campaign_id WHERE f.id = $1
       ),
       todo AS (
         SELECT p.full_name, o.name AS organization_name, p.name_key, p.birth_year, r.id
         FROM registration r
         JOIN person p ON p.id = r.person_id
         LEFT JOIN organization o ON o.id = r.organization_id
         WHERE r.conference_id = $1 AND r.status = 'attended'
           AND NOT EXISTS (SELECT 1 FROM certificate c WHERE c.registration_id = r.id)
       )
       SELECT conf.status, conf.suffix,
         coalesce((SELECT s.last_number FROM certificate_serial s WHERE s.year = $2 AND s.suffix = conf.suffix), 0) AS last,
         (SELECT count(*) FROM todo)::int AS count,
         (SELECT json_build_object('fullName', t.full_name, 'organizationName', t.organization_name)
          FROM todo t ORDER BY t.organization_name NULLS LAST, t.name_key NULLS LAST, t.birth_year, t.id LIMIT 1) AS first
       FROM conf`,
      [conferenceId, year],
    );
    return rows[0];
  }

  /**
   * One statement: a certificate for every attended registration that has none, numbered from
   * `first` in the order of the batch (organization, then name).
   */
  async issueAll(
    conferenceId: string,
    year: number,
    suffix: string,
    first: number,
    userId: string,
    manager: EntityManager,
  ) {
    return manager.query(
      `WITH todo AS (
         SELECT r.id AS registration_id, r.person_id,
                row_number() OVER (ORDER BY o.name NULLS LAST, p.name_key NULLS LAST, p.birth_year, r.id) - 1 AS n
         FROM registration r
         JOIN person p ON p.id = r.person_id
         LEFT JOIN organization o ON o.id = r.organization_id
         WHERE r.conference_id = $1 AND r.status = 'attended'
           AND NOT EXISTS (SELECT 1 FROM certificate c WHERE c.registration_id = r.id)
       ),
       settings AS (SELECT ${settingsOfConference('$1')} AS s)
       INSERT INTO certificate (registration_id, conference_id, person_id, serial_year, serial_suffix, serial_number, serial, verify_code, issued_by, settings)
       SELECT registration_id, $1, person_id, $2::int, $3::text, $4::int + n, ($4::int + n) || '/' || $3::text || '-' || $2::int,
              random_verify_code(), $5, (SELECT s FROM settings)
       FROM todo ORDER BY n
       RETURNING id, serial, person_id AS "personId", verify_code AS "verifyCode"`,
      [conferenceId, year, suffix, first, userId],
    ) as Promise<Array<{ id: string; serial: string; personId: string; verifyCode: string }>>;
  }

  /** A new certificate for the registration of a revoked one, with the next serial of the year. */
  async reissue(
    old: CertificateRecord,
    year: number,
    suffix: string,
    number: number,
    userId: string,
    manager: EntityManager,
  ) {
    const [{ id }] = await manager.query<Array<{ id: string }>>(
      `INSERT INTO certificate (registration_id, conference_id, person_id, serial_year, serial_suffix, serial_number, serial, verify_code, issued_by, replaces_id, settings)
       VALUES ($1, $2, $3, $4::int, $5::text, $6::int, $6::int || '/' || $5::text || '-' || $4::int, random_verify_code(), $7, $8,
               ${settingsOfConference('$2')})
       RETURNING id`,
      [old.registrationId, old.conferenceId, old.personId, year, suffix, number, userId, old.id],
    );
    return id as string;
  }

  async findForConference(scope: Scope, conferenceId: string): Promise<CertificateRecord[]> {
    const params: unknown[] = [conferenceId];
    return this.dataSource.query(
      `SELECT ${RECORD} FROM certificate c JOIN registration r ON r.id = c.registration_id JOIN person p ON p.id = c.person_id
       LEFT JOIN organization o ON o.id = r.organization_id
       WHERE c.conference_id = $1 AND ${scopeCondition(scope, 'r.organization_id', params)}
       ORDER BY c.serial_year, c.serial_number`,
      params,
    );
  }

  /**
   * The held conferences with their certificates counted, in one statement: the registrations the
   * scope counts (a coordinator's organization and its branches; every one for the others, whose
   * answer is counts only), aggregated per conference, a page of the conferences newest first,
   * and the totals over all of them. `page` null: every row.
   */
  async summary(
    scope: Scope,
    filter: { campaignId: string | null; pending: boolean },
    page: { page: number; pageSize: number } | null,
  ): Promise<Omit<CertificateSummary, 'items' | 'page' | 'pageSize'> & { items: SummaryRow[] }> {
    const organization = scopeOrganization(scope);
    const params: unknown[] = [
      filter.campaignId,
      organization,
      filter.pending,
      page?.pageSize ?? null,
      page ? (page.page - 1) * page.pageSize : 0,
    ];
    const [row] = await this.dataSource.query<
      Array<{ totals: CertificateSummary['totals']; items: SummaryRow[] | null }>
    >(
      `WITH held AS (
         SELECT f.id, f.title, f.starts_at, f.campaign_id, f.commune_code FROM conference f
         WHERE f.status = 'held' AND ($1::uuid IS NULL OR f.campaign_id = $1)
       ),
       counted AS (
         SELECT r.id, r.conference_id, r.status FROM registration r JOIN held ON held.id = r.conference_id
         WHERE $2::uuid IS NULL OR ${withinOrganization('r.organization_id', '$2')}
       ),
       registration_counts AS (
         SELECT conference_id, count(*) AS registered,
           count(*) FILTER (WHERE status = 'attended') AS eligible,
           count(*) FILTER (WHERE status = 'attended'
             AND NOT EXISTS (SELECT 1 FROM certificate c WHERE c.registration_id = counted.id)) AS to_issue
         FROM counted GROUP BY conference_id
       ),
       certificate_counts AS (
         SELECT c.conference_id, count(*) FILTER (WHERE c.status = 'valid') AS issued,
           count(*) FILTER (WHERE c.status = 'revoked'
             AND NOT EXISTS (SELECT 1 FROM certificate n WHERE n.replaces_id = c.id)) AS revoked
         FROM certificate c JOIN counted ON counted.id = c.registration_id GROUP BY c.conference_id
       ),
       summary AS (
         SELECT held.id AS "conferenceId", held.title, held.starts_at AS "startsAt", held.campaign_id AS "campaignId",
           held.commune_code AS "communeCode",
           (SELECT u.name FROM admin_unit u WHERE u.code = held.commune_code
              AND ${unitValidOn('u', vietnamDayOf('held.starts_at'))} LIMIT 1) AS "communeName",
           coalesce(r.eligible, 0)::int AS eligible, coalesce(c.issued, 0)::int AS issued,
           coalesce(r.to_issue, 0)::int AS "toIssue", coalesce(c.revoked, 0)::int AS revoked
         FROM held
         LEFT JOIN registration_counts r ON r.conference_id = held.id
         LEFT JOIN certificate_counts c ON c.conference_id = held.id
         WHERE ($2::uuid IS NULL OR r.registered > 0) AND (NOT $3::boolean OR r.to_issue > 0)
       )
       SELECT json_build_object('conferences', count(*)::int, 'eligible', coalesce(sum(eligible), 0)::int,
           'issued', coalesce(sum(issued), 0)::int, 'toIssue', coalesce(sum("toIssue"), 0)::int,
           'revoked', coalesce(sum(revoked), 0)::int) AS totals,
         (SELECT json_agg(p ORDER BY p."startsAt" DESC, p."conferenceId") FROM (
            SELECT * FROM summary ORDER BY "startsAt" DESC, "conferenceId" LIMIT $4 OFFSET $5) p) AS items
       FROM summary`,
      params,
    );
    const items = (row.items ?? []).map((item) => ({ ...item, startsAt: new Date(item.startsAt) }));
    return { totals: row.totals, total: row.totals.conferences, items };
  }

  /** How many valid certificates of the conference the scope sees: the pages of its batch PDF. */
  async countValid(scope: Scope, conferenceId: string): Promise<number> {
    const params: unknown[] = [conferenceId];
    const [{ count }] = await this.dataSource.query<Array<{ count: number }>>(
      `SELECT count(*)::int AS count FROM certificate c JOIN registration r ON r.id = c.registration_id
       WHERE c.conference_id = $1 AND c.status = 'valid' AND ${scopeCondition(scope, 'r.organization_id', params)}`,
      params,
    );
    return count;
  }

  async findById(
    scope: Scope,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<CertificateRecord | undefined> {
    const params: unknown[] = [id];
    const rows: CertificateRecord[] = await manager.query(
      `SELECT ${RECORD} FROM certificate c JOIN registration r ON r.id = c.registration_id JOIN person p ON p.id = c.person_id
       WHERE c.id = $1 AND ${scopeCondition(scope, 'r.organization_id', params)}`,
      params,
    );
    return rows[0];
  }

  async lockById(id: string, manager: EntityManager): Promise<void> {
    await manager.query(`SELECT id FROM certificate WHERE id = $1 FOR UPDATE`, [id]);
  }

  async revoke(id: string, userId: string, reason: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE certificate SET status = 'revoked', revoked_at = now(), revoked_by = $2, revoked_reason = $3 WHERE id = $1`,
      [id, userId, reason],
    );
  }

  async findPrint(scope: Scope, id: string): Promise<CertificatePrint | undefined> {
    const params: unknown[] = [id];
    const rows: CertificatePrint[] = await this.dataSource.query(
      `SELECT ${PRINT} FROM ${PRINT_FROM} WHERE c.id = $1 AND ${scopeCondition(scope, 'r.organization_id', params)}`,
      params,
    );
    return rows[0];
  }

  /**
   * The valid certificates of a conference for printing, by organization then name, in pages of
   * `size` after the given position (keyset paging), so a large batch never sits in memory.
   */
  async findPrintPage(
    scope: Scope,
    conferenceId: string,
    after: number,
    size: number,
  ): Promise<Array<CertificatePrint & { position: number }>> {
    const params: unknown[] = [conferenceId, after, size];
    // Number only the ids in batch order; the print fields are read for this page's rows alone.
    return this.dataSource.query(
      `WITH ordered AS (
         SELECT c.id, row_number() OVER (ORDER BY o.name NULLS LAST, p.name_key NULLS LAST, p.birth_year, c.id)::int AS position
         FROM certificate c
         JOIN registration r ON r.id = c.registration_id
         JOIN person p ON p.id = c.person_id
         LEFT JOIN organization o ON o.id = r.organization_id
         WHERE c.conference_id = $1 AND c.status = 'valid' AND ${scopeCondition(scope, 'r.organization_id', params)}
       ), page AS (
         SELECT id, position FROM ordered WHERE position > $2 ORDER BY position LIMIT $3
       )
       SELECT ${PRINT}, page.position FROM page JOIN (${PRINT_FROM}) ON c.id = page.id ORDER BY page.position`,
      params,
    );
  }

  /** The public view of a certificate by its verify code. */
  async findByVerifyCode(code: string) {
    const rows = await this.dataSource.query<unknown[]>(
      `SELECT c.id, c.status, c.serial, p.full_name AS "holderName", f.title AS "conferenceTitle",
         to_char(f.starts_at AT TIME ZONE '${PRODUCT_TIME_ZONE}', 'YYYY-MM-DD') AS "heldOn",
         concat_ws(', ', f.venue, (SELECT u.name FROM admin_unit u WHERE u.code = f.commune_code AND ${unitValidOn('u', vietnamDayOf('f.starts_at'))} LIMIT 1)) AS place,
         c.settings->>'issuer' AS issuer,
         to_char(c.issued_at AT TIME ZONE '${PRODUCT_TIME_ZONE}', 'YYYY-MM-DD') AS "issuedOn",
         to_char(c.revoked_at AT TIME ZONE '${PRODUCT_TIME_ZONE}', 'YYYY-MM-DD') AS "revokedOn",
         c.revoked_reason AS "revokedReason",
         (SELECT n.serial FROM certificate n WHERE n.replaces_id = c.id LIMIT 1) AS "replacedBySerial"
       FROM certificate c JOIN person p ON p.id = c.person_id JOIN conference f ON f.id = c.conference_id
       WHERE c.verify_code = $1`,
      [code],
    );
    return rows[0] as
      | {
          id: string;
          status: CertificateStatus;
          serial: string;
          holderName: string | null;
          conferenceTitle: string;
          heldOn: string;
          place: string;
          issuer: string;
          issuedOn: string;
          revokedOn: string | null;
          revokedReason: string | null;
          replacedBySerial: string | null;
        }
      | undefined;
  }

  async deleteVerificationsBefore(days: number, manager: EntityManager): Promise<number> {
    return deleteCounted(
      manager,
      `DELETE FROM certificate_verification WHERE at < now() - make_interval(days => $1)`,
      [days],
    );
  }

  async logVerification(
    code: string,
    certificateId: string | null,
    valid: boolean,
    ip: string | null,
  ): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO certificate_verification (code, certificate_id, valid, ip) VALUES ($1, $2, $3, $4)`,
      [code.slice(0, 100), certificateId, valid, ip],
    );
  }
}
