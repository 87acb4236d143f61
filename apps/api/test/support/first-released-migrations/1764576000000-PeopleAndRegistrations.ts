// As first released, before it was edited in place; kept to test that RepairEditedMigrations
// brings a database that ran this version to the schema of a fresh one.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PeopleAndRegistrations1764576000000 implements MigrationInterface {
  name = 'PeopleAndRegistrations1764576000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // name_key folds case, spacing and diacritics; it serves both the duplicate rule and search.
    await queryRunner.query(`
      CREATE TABLE person (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        full_name text,
        name_key text GENERATED ALWAYS AS (fold_text(full_name)) STORED,
        gender text NOT NULL CHECK (gender IN ('male', 'female', 'other')),
        birth_year smallint CHECK (birth_year BETWEEN 1900 AND 2100),
        phone varchar(10) CHECK (phone ~ '^0[0-9]{9}$'),
        commune_code varchar(10) NOT NULL,
        organization_id uuid REFERENCES organization (id),
        group_code text NOT NULL CHECK (group_code IN ('farmer', 'veteran', 'elderly', 'student', 'worker', 'civil_servant', 'other')),
        consent_at timestamptz,
        consent_source text CHECK (consent_source IN ('paper_form', 'in_person', 'import')),
        erased_at timestamptz,
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT person_identity_kept CHECK (erased_at IS NOT NULL OR (full_name IS NOT NULL AND birth_year IS NOT NULL))
      )`);
    // The duplicate rule: same name + birth year + phone, or name + birth year + commune without a phone.
    await queryRunner.query(
      `CREATE UNIQUE INDEX person_identity_phone ON person (name_key, birth_year, phone) WHERE phone IS NOT NULL AND erased_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX person_identity_commune ON person (name_key, birth_year, commune_code) WHERE phone IS NULL AND erased_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX person_name_trgm ON person USING gin (name_key gin_trgm_ops)`,
    );
    await queryRunner.query(`CREATE INDEX person_phone ON person (phone) WHERE phone IS NOT NULL`);
    await queryRunner.query(
      `CREATE INDEX person_organization ON person (organization_id, name_key)`,
    );
    await queryRunner.query(`CREATE INDEX person_commune ON person (commune_code)`);

    // Eight characters of Crockford base32, printed on the roll-call sheet and in its QR code.
    await queryRunner.query(`
      CREATE FUNCTION random_check_in_code() RETURNS text LANGUAGE sql VOLATILE AS $$
        SELECT string_agg(substr('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + floor(random() * 32)::int, 1), '')
        FROM generate_series(1, 8)
      $$`);

    // registered_count is kept by the same statements that add or remove registrations; the
    // check makes over-registration impossible even when requests race.
    await queryRunner.query(
      `ALTER TABLE conference ADD COLUMN registered_count integer NOT NULL DEFAULT 0`,
    );
    await queryRunner.query(
      `ALTER TABLE conference ADD CONSTRAINT conference_capacity CHECK (registered_count >= 0 AND registered_count <= capacity)`,
    );

    await queryRunner.query(`
      CREATE TABLE registration (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        conference_id uuid NOT NULL REFERENCES conference (id),
        person_id uuid NOT NULL REFERENCES person (id),
        organization_id uuid REFERENCES organization (id),
        status text NOT NULL DEFAULT 'registered' CHECK (status IN ('registered', 'attended')),
        check_in_code char(8) NOT NULL DEFAULT random_check_in_code(),
        checked_in_at timestamptz,
        check_in_method text CHECK (check_in_method IN ('registration', 'person', 'code', 'walk_in')),
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid REFERENCES app_user (id),
        CONSTRAINT registration_once UNIQUE (conference_id, person_id),
        CONSTRAINT registration_code UNIQUE (conference_id, check_in_code),
        CONSTRAINT registration_check_in CHECK ((status = 'attended') = (checked_in_at IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX registration_person ON registration (person_id)`);
    await queryRunner.query(
      `CREATE INDEX registration_organization ON registration (organization_id, conference_id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE registration`);
    await queryRunner.query(`ALTER TABLE conference DROP CONSTRAINT conference_capacity`);
    await queryRunner.query(`ALTER TABLE conference DROP COLUMN registered_count`);
    await queryRunner.query(`DROP FUNCTION random_check_in_code()`);
    await queryRunner.query(`DROP TABLE person`);
  }
}
