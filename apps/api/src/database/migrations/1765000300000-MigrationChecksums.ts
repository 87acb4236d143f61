import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MigrationChecksums1765000300000 implements MigrationInterface {
  name = 'MigrationChecksums1765000300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The checksum of each migration as it ran (see database/migration-checksums.ts): the
    // application refuses to start when a migration that ran here has changed since. Rows for
    // migrations that ran before this table existed are filled in on the first start after it.
    await queryRunner.query(`
      CREATE TABLE migration_checksum (
        name text PRIMARY KEY,
        checksum text NOT NULL CHECK (checksum ~ '^[0-9a-f]{64}$'),
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE migration_checksum`);
  }
}
