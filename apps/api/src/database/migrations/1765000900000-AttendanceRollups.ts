import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rollups of registrations, so that the dashboard and the coverage reports read thousands of rows
 * instead of millions (ADR 0019).
 *
 * - `attendance_first` marks, for each person, the attendances that are a first: the first ever
 *   (bit 1), the first in its campaign (bit 2), the first in its month (bit 4) and the first in its
 *   month within its campaign (bit 8). A first is the earliest attended registration of the person
 *   at a conference that is not cancelled (by start, then registration id), as the raw coverage
 *   aggregate orders them, so unique-participant counts stay exact.
 * - `attendance_rollup_org` counts per conference (one day in one commune) × organization, and
 *   `attendance_rollup_person` per conference × group × gender × age band: registrations,
 *   attendances, and the firsts of each kind. A conference's rows are rewritten as a whole.
 * - `rollup_dirty` is the work list: statement triggers on registration, person and conference
 *   add the conferences whose counts changed (`c`) and the people whose firsts may have moved (`p`).
 *   It has no key on purpose: a writer appends and never waits for a refresh that is taking the
 *   list, and the refresh removes duplicates. The refresh (rollups.service.ts) takes the list
 *   under an advisory lock, so one server at a time works it; a report first works off what is
 *   left, so figures are always exact.
 * - No foreign keys: a refresh must never wait for a row lock that a writer holds while the writer
 *   waits for nothing of the refresh's. Rows of deleted registrations and conferences go in the
 *   refresh that their deletion asks for.
 */
export class AttendanceRollups1765000900000 implements MigrationInterface {
  name = 'AttendanceRollups1765000900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE rollup_dirty (
        kind char(1) NOT NULL CHECK (kind IN ('c', 'p')),
        id uuid NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE attendance_first (
        registration_id uuid PRIMARY KEY,
        person_id uuid NOT NULL,
        flags smallint NOT NULL CHECK (flags BETWEEN 1 AND 15)
      )`);
    await queryRunner.query(`CREATE INDEX attendance_first_person ON attendance_first (person_id)`);
    const measures = `
        registrations integer NOT NULL,
        attended integer NOT NULL,
        first_all integer NOT NULL,
        first_campaign integer NOT NULL,
        first_month integer NOT NULL,
        first_campaign_month integer NOT NULL`;
    await queryRunner.query(`
      CREATE TABLE attendance_rollup_org (
        conference_id uuid NOT NULL,
        organization_id uuid,
        ${measures}
      )`);
    await queryRunner.query(
      `CREATE INDEX attendance_rollup_org_conference ON attendance_rollup_org (conference_id)`,
    );
    await queryRunner.query(`
      CREATE TABLE attendance_rollup_person (
        conference_id uuid NOT NULL,
        group_code text,
        gender text,
        age_band text NOT NULL,
        ${measures}
      )`);
    await queryRunner.query(
      `CREATE INDEX attendance_rollup_person_conference ON attendance_rollup_person (conference_id)`,
    );

    // Registrations: the conference's counts change with any row; a person's firsts only when an
    // attendance comes, goes or moves.
    await queryRunner.query(`
      CREATE FUNCTION rollup_mark_registration() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO rollup_dirty (kind, id)
          SELECT DISTINCT 'c', conference_id FROM new_rows
          UNION SELECT DISTINCT 'p', person_id FROM new_rows WHERE status = 'attended';
        ELSIF TG_OP = 'DELETE' THEN
          INSERT INTO rollup_dirty (kind, id)
          SELECT DISTINCT 'c', conference_id FROM old_rows
          UNION SELECT DISTINCT 'p', person_id FROM old_rows WHERE status = 'attended';
        ELSE
          INSERT INTO rollup_dirty (kind, id)
          SELECT DISTINCT x.kind, x.id::uuid
          FROM old_rows o JOIN new_rows n ON n.id = o.id,
            LATERAL (VALUES ('c', o.conference_id), ('c', n.conference_id),
                            ('p', CASE WHEN 'attended' IN (o.status, n.status) THEN o.person_id END),
                            ('p', CASE WHEN 'attended' IN (o.status, n.status) THEN n.person_id END)) AS x (kind, id)
          WHERE (o.status, o.conference_id, o.person_id, o.organization_id)
                IS DISTINCT FROM (n.status, n.conference_id, n.person_id, n.organization_id)
            AND x.id IS NOT NULL;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER registration_rollup_insert AFTER INSERT ON registration
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rollup_mark_registration()`);
    await queryRunner.query(`
      CREATE TRIGGER registration_rollup_update AFTER UPDATE ON registration
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rollup_mark_registration()`);
    await queryRunner.query(`
      CREATE TRIGGER registration_rollup_delete AFTER DELETE ON registration
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION rollup_mark_registration()`);

    // A person's group, gender or birth year moves their registrations between cells.
    await queryRunner.query(`
      CREATE FUNCTION rollup_mark_person() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO rollup_dirty (kind, id)
        SELECT DISTINCT 'c', r.conference_id
        FROM old_rows o JOIN new_rows n ON n.id = o.id JOIN registration r ON r.person_id = n.id
        WHERE (o.group_code, o.gender, o.birth_year) IS DISTINCT FROM (n.group_code, n.gender, n.birth_year);
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER person_rollup_update AFTER UPDATE ON person
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rollup_mark_person()`);

    // A conference's day, campaign or cancellation moves its attendees' firsts and its age bands.
    await queryRunner.query(`
      CREATE FUNCTION rollup_mark_conference() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO rollup_dirty (kind, id)
        SELECT 'c', n.id FROM old_rows o JOIN new_rows n ON n.id = o.id
        WHERE (o.starts_at, o.campaign_id, o.status = 'cancelled') IS DISTINCT FROM (n.starts_at, n.campaign_id, n.status = 'cancelled')
        UNION
        SELECT DISTINCT 'p', r.person_id FROM old_rows o JOIN new_rows n ON n.id = o.id
        JOIN registration r ON r.conference_id = n.id AND r.status = 'attended'
        WHERE (o.starts_at, o.campaign_id, o.status = 'cancelled') IS DISTINCT FROM (n.starts_at, n.campaign_id, n.status = 'cancelled');
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER conference_rollup_update AFTER UPDATE ON conference
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rollup_mark_conference()`);

    // Everything that exists is to be counted once: the first refresh builds the rollups.
    await queryRunner.query(`
      INSERT INTO rollup_dirty (kind, id)
      SELECT 'c', id FROM conference
      UNION ALL SELECT DISTINCT 'p', person_id FROM registration WHERE status = 'attended'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER conference_rollup_update ON conference`);
    await queryRunner.query(`DROP FUNCTION rollup_mark_conference()`);
    await queryRunner.query(`DROP TRIGGER person_rollup_update ON person`);
    await queryRunner.query(`DROP FUNCTION rollup_mark_person()`);
    await queryRunner.query(`DROP TRIGGER registration_rollup_delete ON registration`);
    await queryRunner.query(`DROP TRIGGER registration_rollup_update ON registration`);
    await queryRunner.query(`DROP TRIGGER registration_rollup_insert ON registration`);
    await queryRunner.query(`DROP FUNCTION rollup_mark_registration()`);
    await queryRunner.query(`DROP TABLE attendance_rollup_person`);
    await queryRunner.query(`DROP TABLE attendance_rollup_org`);
    await queryRunner.query(`DROP TABLE attendance_first`);
    await queryRunner.query(`DROP TABLE rollup_dirty`);
  }
}
