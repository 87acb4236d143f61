import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import PgBoss from 'pg-boss';
import type { Subscription } from 'rxjs';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { JOB_QUEUE_SCHEMA } from './job-queue.sql';

/** A task run on a schedule by exactly one server of the installation. */
export interface ScheduledTask {
  /** The queue's name, e.g. `housekeeping`. */
  name: string;
  /** A cron expression in Vietnam's time (Asia/Ho_Chi_Minh). */
  cron: string;
  run: () => Promise<void>;
}

/** Runs one delivery of a job; `lastAttempt` when a failure now is final. */
export type JobHandler<T> = (data: T, delivery: { lastAttempt: boolean }) => Promise<void>;

const VIETNAM = 'Asia/Ho_Chi_Minh';

/**
 * The job queue: pg-boss on the application's own database, so that any number of API servers
 * share it with nothing but PostgreSQL between them (ADR 0018). A job is delivered to one server
 * (SKIP LOCKED); a server that dies while running one lets it expire after JOB_TIMEOUT_SECONDS,
 * and pg-boss runs it again; schedules are kept in the database and fire once per tick across all
 * servers. Statements go through the application's DataSource, so the embedded database works
 * the same way as a PostgreSQL server.
 */
@Injectable()
export class JobQueueService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('JobQueue');
  private boss: PgBoss | undefined;
  private readonly workers: Array<{ name: string; handler: JobHandler<unknown> }> = [];
  private readonly schedules: ScheduledTask[] = [];
  private started: Promise<void> | undefined;
  private listening: Subscription | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly httpAdapterHost: HttpAdapterHost,
  ) {}

  /** Registers the worker of a queue; it runs once the queue has started. */
  work<T>(name: string, handler: JobHandler<T>): void {
    this.workers.push({ name, handler: handler as JobHandler<unknown> });
  }

  /** Registers a task to run on a schedule, once across all servers. */
  scheduleTask(task: ScheduledTask): void {
    this.schedules.push(task);
  }

  /**
   * Workers and schedules register while modules are built; the queue starts once the server
   * listens, or at the first job asked for, whichever comes first. Its start (its schema checked
   * or created, the schedules written, the workers' first polls) goes through the one embedded
   * session, so started earlier it would hold up the start's own statements and the first
   * /api/health. A job asked for meanwhile waits for it in `send`.
   */
  onApplicationBootstrap(): void {
    const startQuietly = () => {
      this.start().catch((error: unknown) => this.logger.error(error));
    };
    if (this.httpAdapterHost.listening) startQuietly();
    else this.listening = this.httpAdapterHost.listen$.subscribe(startQuietly);
  }

  /** Starts the queue, its workers and its schedules (once). */
  start(): Promise<void> {
    this.started ??= this.startQueue();
    return this.started;
  }

  private async startQueue(): Promise<void> {
    const jobs = this.config.jobs;
    const boss = new PgBoss({
      db: {
        executeSql: async (text: string, values: unknown[]) => {
          const runner = this.dataSource.createQueryRunner();
          try {
            const result = await runner.query(text, values, true);
            return { rows: result.records ?? [] };
          } finally {
            await runner.release();
          }
        },
      },
      schema: JOB_QUEUE_SCHEMA,
      // pg-boss's own housekeeping: expired jobs are retried, finished ones archived then dropped.
      superviseIntervalSeconds: Math.max(1, Math.min(60, Math.floor(jobs.timeoutSeconds / 2))),
      maintenanceIntervalSeconds: Math.max(1, Math.min(120, Math.floor(jobs.timeoutSeconds / 2))),
      archiveCompletedAfterSeconds: 3600,
      deleteAfterDays: 7,
      cronMonitorIntervalSeconds: Math.max(1, Math.min(60, jobs.pollSeconds)),
      cronWorkerIntervalSeconds: Math.max(1, Math.min(5, jobs.pollSeconds)),
    } as PgBoss.ConstructorOptions);
    boss.on('error', (error: Error) => this.logger.error(error.message));
    await boss.start();
    this.boss = boss;
    for (const { name, handler } of this.workers) {
      await boss.createQueue(name, {
        name,
        retryLimit: 2,
        retryDelay: jobs.retryDelaySeconds,
        expireInSeconds: jobs.timeoutSeconds,
      });
      await boss.work(
        name,
        { pollingIntervalSeconds: jobs.pollSeconds, batchSize: 1, includeMetadata: true },
        async ([job]) => handler(job.data, { lastAttempt: job.retryCount >= job.retryLimit }),
      );
    }
    for (const task of this.schedules) {
      await boss.createQueue(task.name, { name: task.name, retryLimit: 0 });
      await boss.schedule(task.name, task.cron, {}, { tz: VIETNAM });
      await boss.work(task.name, { pollingIntervalSeconds: jobs.pollSeconds }, () => task.run());
    }
  }

  /** Queues a job under the id the product gave it. */
  async send(name: string, id: string, data: object): Promise<void> {
    await this.start();
    await this.boss!.send(name, data, { id });
  }

  async onApplicationShutdown(): Promise<void> {
    this.listening?.unsubscribe();
    await this.started?.catch(() => undefined);
    const boss = this.boss;
    this.boss = undefined;
    // Running jobs are left to expire and run again elsewhere; a shutdown does not wait for them.
    if (boss) await boss.stop({ graceful: false, wait: true, close: false });
  }
}
