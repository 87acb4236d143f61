import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One identity per real person, seen by each association through its own membership
 * (docs/privacy.md, "Membership").
 *
 * - `person_membership`: the person is a member of the organization, with what that organization
 *   entered (name, gender, birth year, phone, commune, group, consent). A coordinator reads a
 *   person only through their organization's row here.
 * - `registration_claim`: the registration is on that organization's list. A coordinator reads,
 *   checks in and unregisters only registrations their organization claims. One registration per
 *   person and conference stays, so attendance and unique participants are counted once.
 *
 * Two statement-level triggers keep the invariants whoever inserts (the API, the import, the
 * demo seed): a person inserted with an organization is that organization's member, and a
 * registration inserted for an organization is on that organization's list.
 */
export class PersonMembership1765000000000 implements MigrationInterface {
  name = 'PersonMembership1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE person_membership (
        person_id uuid NOT NULL REFERENCES person (id),
        organization_id uuid NOT NULL REFERENCES organization (id),
        full_name text,
        name_key text GENERATED ALWAYS AS (fold_text(full_name)) STORED,
        gender text NOT NULL CHECK (gender IN ('male', 'female', 'other')),
        birth_year smallint CHECK (birth_year BETWEEN 1900 AND 2100),
        phone varchar(10) CHECK (phone ~ '^0[0-9]{9}$'),
        commune_code varchar(10) NOT NULL,
        group_code text NOT NULL CHECK (group_code IN ('farmer', 'veteran', 'elderly', 'student', 'worker', 'civil_servant', 'other')),
        consent_at timestamptz,
        consent_source text CHECK (consent_source IN ('paper_form', 'in_person', 'import')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (person_id, organization_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX person_membership_organization ON person_membership (organization_id, name_key)`,
    );

    await queryRunner.query(`
      CREATE TABLE registration_claim (
        registration_id uuid NOT NULL REFERENCES registration (id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organization (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid REFERENCES app_user (id),
        PRIMARY KEY (registration_id, organization_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX registration_claim_organization ON registration_claim (organization_id, registration_id)`,
    );

    await queryRunner.query(`
      INSERT INTO person_membership (person_id, organization_id, full_name, gender, birth_year, phone, commune_code, group_code,
                                     consent_at, consent_source, created_at, updated_at)
      SELECT id, organization_id, full_name, gender, birth_year, phone, commune_code, group_code, consent_at, consent_source, created_at, updated_at
      FROM person WHERE organization_id IS NOT NULL`);
    // Registrations made before this migration were made for the person's organization or for
    // the one named in an import row; either way that organization now holds the person.
    await queryRunner.query(`
      INSERT INTO person_membership (person_id, organization_id, full_name, gender, birth_year, phone, commune_code, group_code,
                                     consent_at, consent_source, created_at, updated_at)
      SELECT DISTINCT ON (p.id, r.organization_id) p.id, r.organization_id, p.full_name, p.gender, p.birth_year, p.phone, p.commune_code,
             p.group_code, p.consent_at, p.consent_source, r.created_at, r.created_at
      FROM registration r JOIN person p ON p.id = r.person_id
      WHERE r.organization_id IS NOT NULL
      ORDER BY p.id, r.organization_id, r.created_at
      ON CONFLICT DO NOTHING`);
    await queryRunner.query(`
      INSERT INTO registration_claim (registration_id, organization_id, created_at, created_by)
      SELECT id, organization_id, created_at, created_by FROM registration WHERE organization_id IS NOT NULL`);

    await queryRunner.query(`
      CREATE FUNCTION person_home_membership() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO person_membership (person_id, organization_id, full_name, gender, birth_year, phone, commune_code, group_code,
                                       consent_at, consent_source, created_at, updated_at)
        SELECT id, organization_id, full_name, gender, birth_year, phone, commune_code, group_code, consent_at, consent_source, created_at, created_at
        FROM added WHERE organization_id IS NOT NULL
        ON CONFLICT DO NOTHING;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER person_home_membership AFTER INSERT ON person
      REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION person_home_membership()`);
    await queryRunner.query(`
      CREATE FUNCTION registration_home_claim() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO registration_claim (registration_id, organization_id, created_at, created_by)
        SELECT id, organization_id, created_at, created_by FROM added WHERE organization_id IS NOT NULL
        ON CONFLICT DO NOTHING;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER registration_home_claim AFTER INSERT ON registration
      REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION registration_home_claim()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER registration_home_claim ON registration`);
    await queryRunner.query(`DROP FUNCTION registration_home_claim()`);
    await queryRunner.query(`DROP TRIGGER person_home_membership ON person`);
    await queryRunner.query(`DROP FUNCTION person_home_membership()`);
    await queryRunner.query(`DROP TABLE registration_claim`);
    await queryRunner.query(`DROP TABLE person_membership`);
  }
}
