import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IdentityAndAccess1764403200000 implements MigrationInterface {
  name = 'IdentityAndAccess1764403200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        username varchar(50) NOT NULL,
        full_name text NOT NULL,
        role text NOT NULL CHECK (role IN ('admin', 'staff', 'coordinator', 'leader')),
        organization_id uuid REFERENCES organization (id),
        password_hash text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        token_version integer NOT NULL DEFAULT 0,
        password_changed_at timestamptz NOT NULL DEFAULT now(),
        last_login_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT app_user_coordinator_organization CHECK (role <> 'coordinator' OR organization_id IS NOT NULL)
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX app_user_username ON app_user (lower(username))`);
    await queryRunner.query(`CREATE INDEX app_user_organization ON app_user (organization_id)`);

    await queryRunner.query(`
      CREATE TABLE refresh_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX refresh_token_user ON refresh_token (user_id) WHERE revoked_at IS NULL`,
    );

    // Failed logins per username and per client address, shared by every API replica.
    await queryRunner.query(`
      CREATE TABLE login_failure (
        key text PRIMARY KEY,
        failures integer NOT NULL,
        window_ends_at timestamptz NOT NULL
      )`);

    await queryRunner.query(`
      CREATE TABLE audit_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        user_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        username text,
        action text NOT NULL,
        entity text NOT NULL,
        entity_id text,
        summary jsonb NOT NULL DEFAULT '{}'::jsonb,
        ip text
      )`);
    await queryRunner.query(`CREATE INDEX audit_log_at ON audit_log (at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX audit_log_entity ON audit_log (entity, at DESC)`);
    await queryRunner.query(`CREATE INDEX audit_log_user ON audit_log (user_id, at DESC)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE audit_log`);
    await queryRunner.query(`DROP TABLE login_failure`);
    await queryRunner.query(`DROP TABLE refresh_token`);
    await queryRunner.query(`DROP TABLE app_user`);
  }
}
