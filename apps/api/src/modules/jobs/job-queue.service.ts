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

/** How long after the server starts listening its job queue starts. */
const QUEUE_START_DELAY_MS = 1_000;

/** A queue's settings as the product wants them. */
interface QueueSettings {
  name: string;
  retryLimit: number;
  retryDelay?: number;
  expireInSeconds?: number;
}

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
  private startTimer: NodeJS.Timeout | undefined;

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
   * Workers and schedules register while modules are built; the queue starts a moment after the
   * server listens, or at the first job asked for, whichever comes first. Its start (its schema
   * checked, the queues and schedules compared, the workers' first polls) goes through the one
   * embedded session, so started earlier it would hold up the start's own statements and the
   * first requests, /api/health among them. A job asked for meanwhile starts it in `send`; a job
   * left by a server that died is only due after JOB_TIMEOUT_SECONDS anyway.
   */
  onApplicationBootstrap(): void {
    const startSoon = () => {
      this.startTimer = setTimeout(() => {
        this.start().catch((error: unknown) => this.logger.error(error));
      }, QUEUE_START_DELAY_MS);
    };
    if (this.httpAdapterHost.listening) startSoon();
    else this.listening = this.httpAdapterHost.listen$.subscribe(startSoon);
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
      // Schedules are checked 15 polls apart, at most every 30 s: pg-boss sends a schedule's job
      // within the minute it falls due, and each check works out every schedule's last time in
      // Vietnam's time zone, which cost an idle server 60 ms of CPU every 2 s when done each poll.
      cronMonitorIntervalSeconds: Math.max(1, Math.min(30, Math.round(jobs.pollSeconds * 15))),
      cronWorkerIntervalSeconds: Math.max(1, Math.min(5, jobs.pollSeconds)),
    } as PgBoss.ConstructorOptions);
    boss.on('error', (error: Error) => this.logger.error(error.message));
    await boss.start();
    this.boss = boss;
    await this.settleQueues(boss, [
      ...this.workers.map(({ name }) => ({
        name,
        retryLimit: 2,
        retryDelay: jobs.retryDelaySeconds,
        expireInSeconds: jobs.timeoutSeconds,
      })),
      ...this.schedules.map(({ name }) => ({ name, retryLimit: 0 })),
    ]);
    await this.settleSchedules(boss);
    for (const { name, handler } of this.workers) {
      await boss.work(
        name,
        { pollingIntervalSeconds: jobs.pollSeconds, batchSize: 1, includeMetadata: true },
        async ([job]) => handler(job.data, { lastAttempt: job.retryCount >= job.retryLimit }),
      );
    }
    for (const task of this.schedules) {
      await boss.work(task.name, { pollingIntervalSeconds: jobs.pollSeconds }, () => task.run());
    }
  }

  /**
   * Creates the queues the database lacks and updates those whose settings changed (a new
   * JOB_TIMEOUT_SECONDS, say): pg-boss's createQueue leaves an existing queue as it was. A start
   * on a database that has them all reads one list and writes nothing.
   */
  private async settleQueues(boss: PgBoss, wanted: QueueSettings[]): Promise<void> {
    const existing = new Map((await boss.getQueues()).map((queue) => [queue.name, queue]));
    for (const queue of wanted) {
      const current = existing.get(queue.name);
      if (!current) await boss.createQueue(queue.name, queue);
      else if (
        current.retryLimit !== queue.retryLimit ||
        (queue.retryDelay !== undefined && current.retryDelay !== queue.retryDelay) ||
        (queue.expireInSeconds !== undefined && current.expireInSeconds !== queue.expireInSeconds)
      ) {
        // Unset fields are kept as they are (COALESCE in pg-boss's update).
        await boss.updateQueue(queue.name, queue);
      }
    }
  }

  /** Writes the schedules that are missing or whose time changed; the others stay as they are. */
  private async settleSchedules(boss: PgBoss): Promise<void> {
    const existing = new Map(
      (await boss.getSchedules()).map((schedule) => [schedule.name, schedule]),
    );
    for (const task of this.schedules) {
      const current = existing.get(task.name);
      // pg-boss keeps the schedule's zone in a `timezone` column its type does not name.
      const zone = (current as { timezone?: string } | undefined)?.timezone;
      if (current?.cron === task.cron && zone === VIETNAM) continue;
      await boss.schedule(task.name, task.cron, {}, { tz: VIETNAM });
    }
  }

  /** Queues a job under the id the product gave it. */
  async send(name: string, id: string, data: object): Promise<void> {
    await this.start();
    await this.boss!.send(name, data, { id });
  }

  async onApplicationShutdown(): Promise<void> {
    this.listening?.unsubscribe();
    clearTimeout(this.startTimer);
    await this.started?.catch(() => undefined);
    const boss = this.boss;
    this.boss = undefined;
    // Running jobs are left to expire and run again elsewhere; a shutdown does not wait for them.
    if (boss) await boss.stop({ graceful: false, wait: true, close: false });
  }
}
