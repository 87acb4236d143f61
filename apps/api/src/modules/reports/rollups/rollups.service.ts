import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../../config/config.module';
import type { AppConfig } from '../../../config/env.schema';
import { reportSettingsSql } from '../report-settings';
import { recountSql, ROLLUP_LOCK, settleFirstsSql } from './rollups.sql';

export interface RefreshResult {
  /** Conferences whose rows were rewritten. */
  conferences: number;
}

/**
 * Keeps the attendance rollups up to date (ADR 0019). Writes only note what they touched, in
 * `rollup_dirty`, through triggers in their own transaction; a refresh takes that list and
 * rewrites the rows of the conferences it names. Each server refreshes every
 * ROLLUP_REFRESH_SECONDS when the list is not empty, and a report catches up before it reads, so
 * what it shows is exact and never older than its request. An advisory lock lets one refresh at
 * a time run, across all servers.
 */
@Injectable()
export class RollupsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Rollups');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.rollupRefreshSeconds > 0) this.schedule();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** Whether writes are waiting to be counted. */
  async pending(): Promise<boolean> {
    const [row] = await this.dataSource.query<Array<{ pending: boolean }>>(
      `SELECT EXISTS (SELECT 1 FROM rollup_dirty) AS pending`,
    );
    return row.pending;
  }

  /** Counts what is waiting, if anything, before a report reads the rollups. */
  async catchUp(): Promise<void> {
    if (await this.pending()) await this.refresh();
  }

  /**
   * Works the whole list in one transaction: the firsts of its people, then the rows of its
   * conferences. Waits for a refresh running elsewhere (`wait`), or gives up at once when one is.
   */
  refresh({ wait = true }: { wait?: boolean } = {}): Promise<RefreshResult | null> {
    const run = this.dataSource.transaction(async (manager) => {
      const [lock] = await manager.query<Array<{ locked: boolean }>>(
        wait
          ? `SELECT true AS locked FROM pg_advisory_xact_lock($1)`
          : `SELECT pg_try_advisory_xact_lock($1) AS locked`,
        [ROLLUP_LOCK],
      );
      if (!lock.locked) return null;
      // A first build reads every registration: the settings of a report, for this transaction.
      await manager.query(reportSettingsSql);
      const conferences = await manager.query<Array<{ conferenceId: string }>>(settleFirstsSql);
      const ids = conferences.map((c) => c.conferenceId);
      if (ids.length > 0) for (const sql of recountSql) await manager.query(sql, [ids]);
      return { conferences: ids.length };
    });
    this.running = run;
    return run;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      void this.tick().finally(() => this.schedule());
    }, this.config.rollupRefreshSeconds * 1000);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    try {
      if (!this.stopped && (await this.pending())) await this.refresh({ wait: false });
    } catch (error) {
      if (!this.stopped) this.logger.error(error instanceof Error ? error.message : error);
    }
  }
}
