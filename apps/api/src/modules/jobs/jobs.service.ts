import { randomUUID } from 'node:crypto';
import { finished } from 'node:stream/promises';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Job, type JobKind, type JobRequest, jobKinds } from '@canhgiac/contracts';
import type { Response } from 'express';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { AppError } from '../../common/errors/app-error';
import { downloadDisposition } from '../../common/http/download-name';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { AuditService } from '../audit/audit.service';
import { UsersService } from '../users/users.service';
import { JobQueueService } from './job-queue.service';
import { JobFileSink, type JobOutput } from './job-output';
import { type JobRecord, JobsRepository, SupersededRunError } from './jobs.repository';

type ParamsOf<K extends JobKind> = Extract<JobRequest, { kind: K }>['params'];

/** The file a job made: named after its title, as the synchronous route names it. */
export interface JobFile {
  title: string;
  extension: string;
  type: string;
}

/** How a kind of job is checked when asked for, and run. */
export interface JobRunner<K extends JobKind> {
  /** Refuses, as the caller, what the synchronous route would refuse (unknown conference, scope…). */
  check(actor: Actor, params: ParamsOf<K>): Promise<void>;
  /** Makes the file into `output.file` and ends it, as the caller; answers its name and type. */
  run(actor: Actor, params: ParamsOf<K>, output: JobOutput): Promise<JobFile>;
}

const READ_BATCH = 8;

/**
 * Long work as jobs: a request queues it and answers at once; a worker on any server makes the
 * file, reporting progress; the file is kept JOB_RESULT_HOURS for its creator (and admins) to
 * download from any server. The modules that own the work register their kinds.
 */
@Injectable()
export class JobsService implements OnModuleInit {
  private readonly logger = new Logger('Jobs');
  private readonly runners = new Map<JobKind, JobRunner<JobKind>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobsRepository,
    private readonly queue: JobQueueService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
  ) {}

  register<K extends JobKind>(kind: K, runner: JobRunner<K>): void {
    this.runners.set(kind, runner as unknown as JobRunner<JobKind>);
  }

  onModuleInit(): void {
    for (const kind of jobKinds) {
      this.queue.work<{ jobId: string }>(kind, (data, delivery) =>
        this.execute(data.jobId, delivery.lastAttempt),
      );
    }
  }

  async create(actor: Actor, request: JobRequest, origin: string): Promise<{ id: string }> {
    await this.runner(request.kind).check(actor, request.params as never);
    const id = randomUUID();
    await this.dataSource.transaction(async (manager) => {
      await this.jobs.insert(
        { id, kind: request.kind, params: request.params, origin, createdBy: actor.id },
        manager,
      );
      await this.audit.record(manager, actor, {
        action: 'create',
        entity: 'job',
        entityId: id,
        summary: { kind: request.kind, params: request.params },
      });
    });
    await this.queue.send(request.kind, id, { jobId: id });
    return { id };
  }

  async get(actor: Actor, id: string): Promise<Job> {
    return toJob(await this.visible(actor, id));
  }

  /** Streams the file of a done job; 409 before. */
  async sendResult(actor: Actor, id: string, res: Response): Promise<void> {
    const job = await this.visible(actor, id);
    if (job.state !== 'done') {
      throw new AppError('JOB_NOT_DONE', 'Tệp chưa làm xong', { extra: { state: job.state } });
    }
    res.setHeader('Content-Type', job.resultType!);
    res.setHeader('Content-Length', String(job.resultBytes));
    const name = job.resultName!;
    const dot = name.lastIndexOf('.');
    res.setHeader(
      'Content-Disposition',
      downloadDisposition(name.slice(0, dot), name.slice(dot + 1)),
    );
    let after = -1;
    for (;;) {
      const chunks = await this.jobs.chunks(id, after, READ_BATCH);
      for (const chunk of chunks) {
        if (!res.write(chunk.data)) await new Promise((resolve) => res.once('drain', resolve));
        after = chunk.seq;
      }
      if (chunks.length < READ_BATCH) break;
    }
    res.end();
  }

  /** Housekeeping: deletes the jobs whose files have outlived their keeping; answers how many. */
  pruneExpired(manager: EntityManager): Promise<number> {
    return this.jobs.deleteExpired(manager);
  }

  /** A job is visible to the user who asked for it and to admins; to anyone else it does not exist. */
  private async visible(actor: Actor, id: string): Promise<JobRecord> {
    const job = await this.jobs.find(id);
    if (!job || (job.createdBy !== actor.id && actor.role !== 'admin')) {
      throw AppError.notFound('việc');
    }
    return job;
  }

  private runner(kind: JobKind): JobRunner<JobKind> {
    const runner = this.runners.get(kind);
    if (!runner) throw new Error(`No runner for jobs of kind ${kind}`);
    return runner;
  }

  /** One delivery of a job, on whichever server pg-boss gave it to. */
  private async execute(id: string, lastAttempt: boolean): Promise<void> {
    const keep = this.config.jobs.resultHours;
    const attempt = await this.jobs.begin(id);
    if (attempt === undefined) return;
    const job = (await this.jobs.find(id))!;
    try {
      const actor = await this.actorOf(job.createdBy);
      const sink = new JobFileSink(this.jobs, id, attempt);
      const output: JobOutput = {
        file: sink,
        progress: (done, total) => this.jobs.progress(id, attempt, done, total),
        createdAt: job.createdAt,
        origin: job.origin,
      };
      const result = await this.runner(job.kind).run(actor, job.params as never, output);
      // The run ends the file (a piped document ends it when it ends); wait for the last chunk.
      await finished(sink);
      await this.jobs.finish(
        id,
        attempt,
        { name: `${result.title}.${result.extension}`, type: result.type, bytes: sink.bytes },
        keep,
      );
    } catch (error) {
      // A later delivery has taken over (this one was taken for dead): it owns the job now.
      if (error instanceof SupersededRunError) return;
      const message = error instanceof AppError ? error.message : 'Lỗi máy chủ khi làm tệp';
      if (!(error instanceof AppError)) this.logger.error(error);
      // An AppError (the conference is gone, the account is locked) will not pass on a retry.
      const final = lastAttempt || error instanceof AppError;
      await this.jobs.failed(id, attempt, message, final, keep);
      if (!final) throw error;
    }
  }

  /** The job's creator as the actor it runs as: their role and organization of now. */
  private async actorOf(userId: string): Promise<Actor> {
    const user = await this.users.get(userId);
    if (!user.active) throw new AppError('FORBIDDEN', 'Tài khoản đã bị khóa');
    return {
      id: user.id,
      username: user.username,
      fullName: user.fullName,
      role: user.role,
      organizationId: user.organizationId,
      ip: null,
    };
  }
}

function toJob(job: JobRecord): Job {
  return {
    id: job.id,
    kind: job.kind,
    state: job.state,
    progress: { done: job.progressDone, total: job.progressTotal },
    ...(job.error ? { error: job.error } : {}),
    createdAt: job.createdAt.toISOString(),
    ...(job.finishedAt ? { finishedAt: job.finishedAt.toISOString() } : {}),
    ...(job.expiresAt ? { expiresAt: job.expiresAt.toISOString() } : {}),
  };
}
