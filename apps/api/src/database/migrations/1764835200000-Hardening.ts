import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Hardening1764835200000 implements MigrationInterface {
  name = 'Hardening1764835200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Check-in updates a registration and marks its person seen; neither touches an indexed
    // column, so with room left on the page PostgreSQL updates in place (HOT) instead of adding
    // an entry to every index, the person's trigram index among them.
    await queryRunner.query(`ALTER TABLE person SET (fillfactor = 90)`);
    await queryRunner.query(`ALTER TABLE registration SET (fillfactor = 90)`);
    // Housekeeping deletes expired sessions, counters and old verification lookups by time.
    await queryRunner.query(`CREATE INDEX refresh_token_expires ON refresh_token (expires_at)`);
    // A token spent by rotation records its successor, so a reply lost on the way (a page closed
    // mid-refresh) can be told from a replay: see TokensService.spendRefreshToken.
    await queryRunner.query(`ALTER TABLE refresh_token ADD COLUMN rotated_at timestamptz`);
    await queryRunner.query(
      `ALTER TABLE refresh_token ADD COLUMN replaced_by uuid REFERENCES refresh_token (id) ON DELETE SET NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE refresh_token DROP COLUMN replaced_by`);
    await queryRunner.query(`ALTER TABLE refresh_token DROP COLUMN rotated_at`);
    await queryRunner.query(`DROP INDEX refresh_token_expires`);
    await queryRunner.query(`ALTER TABLE registration RESET (fillfactor)`);
    await queryRunner.query(`ALTER TABLE person RESET (fillfactor)`);
  }
}
