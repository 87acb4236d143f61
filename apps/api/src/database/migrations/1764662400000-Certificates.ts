import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Certificates1764662400000 implements MigrationInterface {
  name = 'Certificates1764662400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // What a campaign prints on its certificates, in the Vietnamese administrative style.
    await queryRunner.query(`
      ALTER TABLE campaign
        ADD COLUMN certificate_parent_body text NOT NULL DEFAULT 'UBND TỈNH NAM ĐỊNH',
        ADD COLUMN certificate_issuer text NOT NULL DEFAULT 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
        ADD COLUMN certificate_serial_suffix text NOT NULL DEFAULT 'GCN-SKHCN' CHECK (certificate_serial_suffix ~ '^[A-Z0-9Đ-]{1,30}$'),
        ADD COLUMN certificate_signer_title text NOT NULL DEFAULT 'GIÁM ĐỐC',
        ADD COLUMN certificate_signer_name text NOT NULL DEFAULT '',
        ADD COLUMN certificate_issue_place text NOT NULL DEFAULT 'Nam Định'`);

    // The serial register: one counter per year and serial suffix, taken under a row lock so
    // numbers have no gaps and no duplicates even when batches are issued at the same time.
    await queryRunner.query(`
      CREATE TABLE certificate_serial (
        year integer NOT NULL,
        suffix text NOT NULL,
        last_number integer NOT NULL DEFAULT 0 CHECK (last_number >= 0),
        PRIMARY KEY (year, suffix)
      )`);

    await queryRunner.query(`
      CREATE TABLE certificate (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        registration_id uuid NOT NULL REFERENCES registration (id),
        conference_id uuid NOT NULL REFERENCES conference (id),
        person_id uuid NOT NULL REFERENCES person (id),
        serial_year integer NOT NULL,
        serial_suffix text NOT NULL,
        serial_number integer NOT NULL CHECK (serial_number > 0),
        serial text NOT NULL,
        verify_code text NOT NULL,
        status text NOT NULL DEFAULT 'valid' CHECK (status IN ('valid', 'revoked')),
        issued_at timestamptz NOT NULL DEFAULT now(),
        issued_by uuid REFERENCES app_user (id),
        revoked_at timestamptz,
        revoked_by uuid REFERENCES app_user (id),
        revoked_reason text,
        replaces_id uuid REFERENCES certificate (id),
        CONSTRAINT certificate_serial_once UNIQUE (serial_year, serial_suffix, serial_number),
        CONSTRAINT certificate_verify_code UNIQUE (verify_code),
        CONSTRAINT certificate_revocation CHECK ((status = 'revoked') = (revoked_at IS NOT NULL AND revoked_reason IS NOT NULL))
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX certificate_one_valid ON certificate (registration_id) WHERE status = 'valid'`,
    );
    await queryRunner.query(
      `CREATE INDEX certificate_conference ON certificate (conference_id, status)`,
    );
    await queryRunner.query(`CREATE INDEX certificate_person ON certificate (person_id)`);

    // 244 random bits from two version-4 UUIDs (a strong random source), base64url.
    await queryRunner.query(`
      CREATE FUNCTION random_verify_code() RETURNS text LANGUAGE sql VOLATILE AS $$
        SELECT rtrim(translate(encode(decode(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex'), 'base64'), '+/', '-_'), '=')
      $$`);

    // Every public verification, valid or not.
    await queryRunner.query(`
      CREATE TABLE certificate_verification (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        code text NOT NULL,
        certificate_id uuid REFERENCES certificate (id),
        valid boolean NOT NULL,
        ip text
      )`);
    await queryRunner.query(
      `CREATE INDEX certificate_verification_at ON certificate_verification (at DESC)`,
    );

    // Fixed-window request counters shared by every API replica (public endpoints).
    await queryRunner.query(`
      CREATE TABLE rate_limit (
        key text PRIMARY KEY,
        hits integer NOT NULL,
        window_ends_at timestamptz NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE rate_limit`);
    await queryRunner.query(`DROP TABLE certificate_verification`);
    await queryRunner.query(`DROP FUNCTION random_verify_code()`);
    await queryRunner.query(`DROP TABLE certificate`);
    await queryRunner.query(`DROP TABLE certificate_serial`);
    await queryRunner.query(`
      ALTER TABLE campaign DROP COLUMN certificate_parent_body, DROP COLUMN certificate_issuer,
        DROP COLUMN certificate_serial_suffix, DROP COLUMN certificate_signer_title,
        DROP COLUMN certificate_signer_name, DROP COLUMN certificate_issue_place`);
  }
}
