import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Long work as jobs. The queue itself (delivery to one worker, retries, the expiry of a worker
 * that died, schedules) is pg-boss's, in its own schema `pgboss`, which pg-boss creates and
 * migrates at start. These tables hold what the product shows and keeps: who asked for what, its
 * state and progress as the user sees them, and the file it made, in chunks of about a megabyte
 * so that any API server can stream it back and none holds it in memory.
 *
 * `origin` is the address the job was asked from, for the links a file carries (a certificate's
 * QR code leads to its verify page there). A job row is deleted, with its file, once
 * `expires_at` has passed (housekeeping).
 */
export class Jobs1765000800000 implements MigrationInterface {
  name = 'Jobs1765000800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE job (
        id uuid PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('certificates_pdf', 'coverage_export', 'plan_report')),
        params jsonb NOT NULL,
        origin text NOT NULL,
        created_by uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'done', 'failed')),
        progress_done integer NOT NULL DEFAULT 0 CHECK (progress_done >= 0),
        progress_total integer NOT NULL DEFAULT 0 CHECK (progress_total >= 0),
        attempts integer NOT NULL DEFAULT 0,
        error text,
        result_name text,
        result_type text,
        result_bytes bigint,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz,
        expires_at timestamptz,
        CHECK ((state = 'done') = (result_name IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX job_created_by ON job (created_by, created_at DESC)`);
    await queryRunner.query(
      `CREATE INDEX job_expires_at ON job (expires_at) WHERE expires_at IS NOT NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE job_result_chunk (
        job_id uuid NOT NULL REFERENCES job (id) ON DELETE CASCADE,
        seq integer NOT NULL CHECK (seq >= 0),
        data bytea NOT NULL,
        PRIMARY KEY (job_id, seq)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE job_result_chunk`);
    await queryRunner.query(`DROP TABLE job`);
  }
}
