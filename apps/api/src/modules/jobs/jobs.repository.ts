import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { JobKind, JobState } from '@canhgiac/contracts';
import { DataSource, type EntityManager } from 'typeorm';

export interface JobRecord {
  id: string;
  kind: JobKind;
  params: unknown;
  origin: string;
  createdBy: string;
  state: JobState;
  progressDone: number;
  progressTotal: number;
  attempts: number;
  error: string | null;
  resultName: string | null;
  resultType: string | null;
  resultBytes: string | null;
  createdAt: Date;
  finishedAt: Date | null;
  expiresAt: Date | null;
}

const COLUMNS = `id, kind, params, origin, created_by AS "createdBy", state, progress_done AS "progressDone",
  progress_total AS "progressTotal", attempts, error, result_name AS "resultName",
  result_type AS "resultType", result_bytes AS "resultBytes", created_at AS "createdAt",
  finished_at AS "finishedAt", expires_at AS "expiresAt"`;

/** A run that was taken for dead and delivered again: its writes are refused. */
export class SupersededRunError extends Error {
  constructor() {
    super('This run of the job was superseded by a later one');
    this.name = 'SupersededRunError';
  }
}

/** The product's side of jobs: who asked for what, its state and progress, and its file. */
@Injectable()
export class JobsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(
    job: { id: string; kind: JobKind; params: unknown; origin: string; createdBy: string },
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO job (id, kind, params, origin, created_by) VALUES ($1, $2, $3::jsonb, $4, $5)`,
      [job.id, job.kind, JSON.stringify(job.params), job.origin, job.createdBy],
    );
  }

  async find(id: string): Promise<JobRecord | undefined> {
    const rows: JobRecord[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM job WHERE id = $1`,
      [id],
    );
    return rows[0];
  }

  /**
   * Starts a delivery: the job runs again from nothing, so what an interrupted run left (its
   * progress, its part of a file) is cleared. Answers the attempt's number, which fences every
   * later write of this run: a run taken for dead and delivered again cannot write over its
   * successor. Undefined when the job is gone or finished.
   */
  async begin(id: string): Promise<number | undefined> {
    return this.dataSource.transaction(async (manager) => {
      // In a CTE: TypeORM answers a bare UPDATE … RETURNING as [rows, count].
      const rows: Array<{ attempts: number }> = await manager.query(
        `WITH begun AS (
           UPDATE job SET state = 'running', started_at = now(), attempts = attempts + 1,
             progress_done = 0, error = NULL
           WHERE id = $1 AND state IN ('queued', 'running') RETURNING attempts
         ) SELECT attempts FROM begun`,
        [id],
      );
      if (rows.length === 0) return undefined;
      await manager.query(`DELETE FROM job_result_chunk WHERE job_id = $1`, [id]);
      return rows[0].attempts;
    });
  }

  async progress(id: string, attempt: number, done: number, total: number): Promise<void> {
    await this.current(
      `UPDATE job SET progress_done = $3, progress_total = $4
       WHERE id = $1 AND attempts = $2 AND state = 'running' RETURNING id`,
      [id, attempt, done, total],
    );
  }

  async appendChunk(id: string, attempt: number, seq: number, data: Buffer): Promise<void> {
    await this.current(
      `INSERT INTO job_result_chunk (job_id, seq, data)
       SELECT $1, $3, $4 FROM job WHERE id = $1 AND attempts = $2 AND state = 'running'
       RETURNING job_id`,
      [id, attempt, seq, data],
    );
  }

  async finish(
    id: string,
    attempt: number,
    result: { name: string; type: string; bytes: number },
    keepHours: number,
  ): Promise<void> {
    await this.current(
      `UPDATE job SET state = 'done', result_name = $3, result_type = $4, result_bytes = $5,
         progress_done = greatest(progress_done, progress_total), finished_at = now(),
         expires_at = now() + make_interval(hours => $6)
       WHERE id = $1 AND attempts = $2 AND state = 'running' RETURNING id`,
      [id, attempt, result.name, result.type, result.bytes, keepHours],
    );
  }

  /** A write of a run that must still be the job's current one; else the run stops here. */
  private async current(text: string, params: unknown[]): Promise<void> {
    // In a CTE: TypeORM answers a bare UPDATE … RETURNING as [rows, count].
    const rows: unknown[] = await this.dataSource.query(
      `WITH written AS (${text}) SELECT 1 FROM written`,
      params,
    );
    if (rows.length === 0) throw new SupersededRunError();
  }

  /** A failed delivery: queued again when pg-boss will retry it, else failed for good. */
  async failed(
    id: string,
    attempt: number,
    error: string,
    final: boolean,
    keepHours: number,
  ): Promise<void> {
    await this.dataSource.query(
      `UPDATE job SET state = CASE WHEN $4 THEN 'failed' ELSE 'queued' END, error = $3,
         finished_at = CASE WHEN $4 THEN now() END,
         expires_at = CASE WHEN $4 THEN now() + make_interval(hours => $5) END
       WHERE id = $1 AND attempts = $2 AND state = 'running'`,
      [id, attempt, error, final, keepHours],
    );
    if (final) await this.dataSource.query(`DELETE FROM job_result_chunk WHERE job_id = $1`, [id]);
  }

  /** The file's chunks in order, `batch` at a time, for streaming it back. */
  async chunks(
    id: string,
    afterSeq: number,
    batch: number,
  ): Promise<Array<{ seq: number; data: Buffer }>> {
    return this.dataSource.query(
      `SELECT seq, data FROM job_result_chunk WHERE job_id = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
      [id, afterSeq, batch],
    );
  }

  /** Housekeeping: jobs whose file has outlived its keeping, with the file. */
  async deleteExpired(manager: EntityManager): Promise<number> {
    const [{ count }]: Array<{ count: number }> = await manager.query(
      `WITH gone AS (DELETE FROM job WHERE expires_at < now() RETURNING 1)
       SELECT count(*)::int AS count FROM gone`,
    );
    return count;
  }
}
