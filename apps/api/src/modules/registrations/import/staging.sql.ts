import type { ImportRowError } from '@canhgiac/contracts';
import type { EntityManager } from 'typeorm';
import { unitValidOn } from '../../admin-units/admin-units.sql';
import { personTouchSql } from '../../people/people.sql';

/** Statistics gathered on the staging table, per column (PostgreSQL's default is 100). */
const STAGING_STATISTICS_TARGET = 10;
/**
 * Memory for the import's sorts and hashes (one person per identity, one registration per
 * person): at 100,000 rows they take about 10 MB, which PostgreSQL's default of 4 MB sends to disk.
 */
const IMPORT_WORK_MEM = '32MB';

/**
 * The set-based statements of an import, over the transaction's temporary staging table.
 * (This file belongs to the registrations module: it registers people.)
 */
export class StagingSql {
  constructor(private readonly manager: EntityManager) {}

  async lockConference(conferenceId: string): Promise<void> {
    await this.manager.query(`SELECT id FROM conference WHERE id = $1 FOR UPDATE`, [conferenceId]);
  }

  /**
   * The file's rows (`import_row`, as read) and the person each one is (`import_match`, filled
   * in as rows are matched). Matching adds narrow rows to the second table rather than writing
   * every wide row of the first one again.
   */
  async createStaging(): Promise<void> {
    await this.manager.query(`SET LOCAL work_mem = '${IMPORT_WORK_MEM}'`);
    await this.manager.query(`
      CREATE TEMP TABLE import_row (
        row_no integer NOT NULL,
        full_name text NOT NULL,
        name_key text GENERATED ALWAYS AS (fold_text(full_name)) STORED,
        gender text NOT NULL,
        birth_year smallint NOT NULL,
        phone varchar(10),
        commune_code varchar(10) NOT NULL,
        group_code text NOT NULL,
        organization_id uuid,
        organization_name text
      ) ON COMMIT DROP`);
    // own_member: for a coordinator's import, the person was their organization's member before.
    // The key serves "not matched yet" whatever the planner guesses of a table it has just filled.
    await this.manager.query(`
      CREATE TEMP TABLE import_match (
        row_no integer PRIMARY KEY,
        person_id uuid NOT NULL,
        person_organization_id uuid,
        organization_id uuid,
        existed boolean NOT NULL,
        own_member boolean NOT NULL
      ) ON COMMIT DROP`);
  }

  /**
   * Communes that are not communes of today, organizations that do not exist, and organization
   * names that fit none or several (naming them with their ids), row by row. For a coordinator
   * (`ownOrganization`), an organization named in the file must be theirs.
   */
  async referenceErrors(today: string, ownOrganization: string | null): Promise<ImportRowError[]> {
    // No index on the staging table: matching hashes it against the registry, whose identity
    // indexes serve any lookup. The planner needs the row count and rough spreads, not fine
    // histograms: a sample of 3,000 rows instead of 30,000 reads a tenth of the table.
    await this.manager.query(`SET LOCAL default_statistics_target = ${STAGING_STATISTICS_TARGET}`);
    await this.manager.query(`ANALYZE import_row`);
    await this.manager.query(`SET LOCAL default_statistics_target TO DEFAULT`);
    const rows: ImportRowError[] = await this.manager.query(
      `WITH names AS (
         SELECT n.given, count(o.id)::int AS found, bool_or(o.id = $2::uuid) AS own,
                string_agg(o.name || ' (mã ' || o.id || ')', '; ' ORDER BY o.name) AS candidates
         FROM (SELECT DISTINCT organization_name AS given FROM import_row WHERE organization_name IS NOT NULL) n
         LEFT JOIN organization o ON fold_text(o.name) = fold_text(n.given)
         GROUP BY n.given
       )
       SELECT s.row_no AS row, 'communeCode' AS column, 'Không có xã, phường, thị trấn với mã ' || s.commune_code AS message
       FROM import_row s
       WHERE NOT EXISTS (SELECT 1 FROM admin_unit u WHERE u.code = s.commune_code AND u.level = 'commune'
         AND ${unitValidOn('u', '$1::date')})
       UNION ALL
       SELECT s.row_no, 'organizationId', 'Không có tổ chức với mã ' || s.organization_id
       FROM import_row s
       WHERE $2::uuid IS NULL AND s.organization_id IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM organization o WHERE o.id = s.organization_id)
       UNION ALL
       SELECT s.row_no, 'organizationId',
         CASE WHEN n.found = 0 THEN 'Không có tổ chức tên "' || n.given || '" (xem danh sách tổ chức)'
              WHEN $2::uuid IS NOT NULL THEN 'Điều phối viên chỉ nhập thành viên của tổ chức mình'
              ELSE '"' || n.given || '" là tên của ' || n.found || ' tổ chức: ' || n.candidates || '. Hãy ghi mã tổ chức'
         END
       FROM import_row s JOIN names n ON n.given = s.organization_name
       WHERE n.found = 0 OR ($2::uuid IS NULL AND n.found > 1) OR ($2::uuid IS NOT NULL AND NOT n.own)
       ORDER BY 1
       LIMIT 5000`,
      [today, ownOrganization],
    );
    return rows;
  }

  /** Rows that named their organization by name take its id (each name fits one, as checked). */
  async resolveOrganizationNames(): Promise<void> {
    await this.manager.query(
      `UPDATE import_row s SET organization_id = o.id
       FROM organization o
       WHERE s.organization_id IS NULL AND s.organization_name IS NOT NULL
         AND fold_text(o.name) = fold_text(s.organization_name)`,
    );
  }

  /**
   * Finds the people of rows not matched yet by the duplicate rule (first pass: they existed
   * before). For a coordinator (`ownOrganization`), notes who was their organization's member.
   */
  async matchPeople(existedBefore: boolean, ownOrganization: string | null): Promise<void> {
    const match = (rule: string) =>
      this.manager.query(
        `INSERT INTO import_match (row_no, person_id, person_organization_id, organization_id, existed, own_member)
         SELECT s.row_no, p.id, p.organization_id, s.organization_id, $1,
                $1 AND $2::uuid IS NOT NULL
                  AND EXISTS (SELECT 1 FROM person_membership m WHERE m.person_id = p.id AND m.organization_id = $2)
         FROM import_row s JOIN person p ON p.name_key = s.name_key AND p.birth_year = s.birth_year
         WHERE p.erased_at IS NULL AND ${rule}
           AND NOT EXISTS (SELECT 1 FROM import_match m WHERE m.row_no = s.row_no)`,
        [existedBefore, ownOrganization],
      );
    await match(`s.phone IS NOT NULL AND p.phone = s.phone`);
    await match(`s.phone IS NULL AND p.phone IS NULL AND p.commune_code = s.commune_code`);
  }

  /**
   * Adds one new person per identity no row matched (a row repeated in the file becomes one
   * person), and matches every row of that identity to them, from what the insert returns.
   *
   * A plain insert, in the order of identities: a person another import added meanwhile makes it
   * fail on the identity's unique index (the caller finds them and tries again), which costs less
   * than ON CONFLICT's look into every unique index for every row.
   */
  async insertNewPeople(organizationId: string | null): Promise<void> {
    await this.manager.query(
      `WITH added AS (
         INSERT INTO person (full_name, gender, birth_year, phone, commune_code, organization_id, group_code, consent_at, consent_source)
         SELECT DISTINCT ON (name_key, birth_year, coalesce(phone, ''), CASE WHEN phone IS NULL THEN commune_code ELSE '' END)
                full_name, gender, birth_year, phone, commune_code, coalesce($1::uuid, organization_id), group_code, now(), 'import'
         FROM import_row s WHERE NOT EXISTS (SELECT 1 FROM import_match m WHERE m.row_no = s.row_no)
         ORDER BY name_key, birth_year, coalesce(phone, ''), CASE WHEN phone IS NULL THEN commune_code ELSE '' END, row_no
         RETURNING id, organization_id, name_key, birth_year, phone, commune_code
       )
       INSERT INTO import_match (row_no, person_id, person_organization_id, organization_id, existed, own_member)
       SELECT s.row_no, a.id, a.organization_id, s.organization_id, false, false
       FROM added a JOIN import_row s ON s.name_key = a.name_key AND s.birth_year = a.birth_year
       WHERE CASE WHEN a.phone IS NULL THEN s.phone IS NULL AND s.commune_code = a.commune_code
                  ELSE s.phone = a.phone END`,
      [organizationId],
    );
  }

  /** How many of the file's rows have their person. */
  async matchedRows(): Promise<number> {
    const [{ count }] = await this.manager.query<Array<{ count: number }>>(
      `SELECT count(*)::int AS count FROM import_match`,
    );
    return count;
  }

  /**
   * Registers each person of the file once; those registered already are skipped.
   *
   * For a coordinator (`organizationId` set) everything is counted against their organization
   * only, so the result says nothing about anyone else's members or lists:
   * - each person becomes their organization's member, with the file's data, if not yet;
   * - "registered already" means on their organization's list: someone another organization
   *   registered goes on their list too, counted in `created` like a new registration (one seat
   *   each, as for a new one);
   * - `matchedExisting` counts the people their organization held before the import.
   * For the department, as the registry: new registrations, and people found in the registry.
   *
   * The conference is locked: nobody else registers anyone on it meanwhile, so who is registered
   * already is known before the insert, with no ON CONFLICT to check each row again.
   */
  async register(
    conferenceId: string,
    organizationId: string | null,
    userId: string,
  ): Promise<{ created: number; matchedExisting: number }> {
    await this.manager.query(
      `INSERT INTO person_membership (person_id, organization_id, full_name, gender, birth_year, phone, commune_code, group_code, consent_at, consent_source)
       SELECT DISTINCT ON (m.person_id, coalesce($1::uuid, m.organization_id))
              m.person_id, coalesce($1::uuid, m.organization_id), s.full_name, s.gender, s.birth_year, s.phone, s.commune_code, s.group_code, now(), 'import'
       FROM import_match m JOIN import_row s USING (row_no)
       WHERE coalesce($1::uuid, m.organization_id) IS NOT NULL
       ORDER BY m.person_id, coalesce($1::uuid, m.organization_id), m.row_no
       ON CONFLICT DO NOTHING`,
      [organizationId],
    );
    // New registrations go on the list of the organization they are made for (the database's
    // trigger); a coordinator's list also takes those another organization made (`claimed`).
    const [counts] = await this.manager.query<Array<{ created: number; matchedExisting: number }>>(
      `WITH chosen AS (
         SELECT DISTINCT ON (person_id) person_id, existed, own_member, organization_id, person_organization_id
         FROM import_match ORDER BY person_id, row_no
       ), inserted AS (
         INSERT INTO registration (conference_id, person_id, organization_id, created_by)
         SELECT $1, c.person_id, coalesce($2::uuid, c.organization_id, c.person_organization_id), $3
         FROM chosen c
         WHERE NOT EXISTS (SELECT 1 FROM registration r WHERE r.conference_id = $1 AND r.person_id = c.person_id)
         RETURNING person_id
       ), claimed AS (
         INSERT INTO registration_claim (registration_id, organization_id, created_by)
         SELECT r.id, $2::uuid, $3
         FROM chosen c JOIN registration r ON r.conference_id = $1 AND r.person_id = c.person_id
         WHERE $2::uuid IS NOT NULL
         ON CONFLICT DO NOTHING
         RETURNING registration_id
       ), listed AS (
         SELECT c.existed, c.own_member FROM inserted i JOIN chosen c USING (person_id)
         UNION ALL
         SELECT c.existed, c.own_member FROM claimed k JOIN registration r ON r.id = k.registration_id JOIN chosen c USING (person_id)
       )
       SELECT count(*)::int AS created,
         count(*) FILTER (WHERE CASE WHEN $2::uuid IS NULL THEN existed ELSE own_member END)::int AS "matchedExisting"
       FROM listed`,
      [conferenceId, organizationId, userId],
    );
    return counts;
  }

  /**
   * People found in the registry were seen again now (new ones were created with now()), by the
   * rule every registration follows: someone seen within the last day is not written again.
   */
  async touchPeople(): Promise<void> {
    await this.manager.query(
      `WITH seen AS (SELECT DISTINCT person_id FROM import_match WHERE existed) ${personTouchSql('seen', 'person_id')}`,
    );
  }

  async savepoint(name: string): Promise<void> {
    await this.manager.query(`SAVEPOINT ${name}`);
  }

  async rollbackToSavepoint(name: string): Promise<void> {
    await this.manager.query(`ROLLBACK TO SAVEPOINT ${name}`);
  }
}
