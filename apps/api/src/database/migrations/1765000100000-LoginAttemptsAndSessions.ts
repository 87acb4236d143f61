import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LoginAttemptsAndSessions1765000100000 implements MigrationInterface {
  name = 'LoginAttemptsAndSessions1765000100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // A session is the family of refresh tokens that one login starts and every rotation carries
    // on. Access tokens name their family (`sid`), and the guard refuses one whose family has no
    // live refresh token left: a logout or a detected reuse ends the access tokens at once.
    await queryRunner.query(`ALTER TABLE refresh_token ADD COLUMN family_id uuid`);
    await queryRunner.query(`UPDATE refresh_token SET family_id = id`);
    await queryRunner.query(`ALTER TABLE refresh_token ALTER COLUMN family_id SET NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE refresh_token ALTER COLUMN family_id SET DEFAULT gen_random_uuid()`,
    );
    await queryRunner.query(
      `CREATE INDEX refresh_token_family_live ON refresh_token (family_id) WHERE revoked_at IS NULL`,
    );

    // The addresses each account logged in from lately. When guesses spread over many addresses
    // fill an account's login limit, these addresses may go on trying and the others wait.
    await queryRunner.query(`
      CREATE TABLE login_source (
        username text NOT NULL,
        ip text NOT NULL,
        known_until timestamptz NOT NULL,
        PRIMARY KEY (username, ip)
      )`);
    await queryRunner.query(`CREATE INDEX login_source_known_until ON login_source (known_until)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE login_source`);
    await queryRunner.query(`DROP INDEX refresh_token_family_live`);
    await queryRunner.query(`ALTER TABLE refresh_token DROP COLUMN family_id`);
  }
}
