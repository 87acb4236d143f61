import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Caller } from '../../common/auth/actor';
import { sweepStaleUploads } from '../../common/http/multipart';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { AuditService } from '../audit/audit.service';
import { LoginThrottleService } from '../auth/login-throttle.service';
import { TokensService } from '../auth/tokens.service';
import { CertificatesService } from '../certificates/certificates.service';
import { JobQueueService } from '../jobs/job-queue.service';
import { JobsService } from '../jobs/jobs.service';
import { RateLimitService } from '../rate-limit/rate-limit.service';

const SYSTEM: Caller = { id: null, username: 'system', ip: null };

export interface HousekeepingResult {
  /** False when another replica held the run; nothing was done here. */
  ran: boolean;
  refreshTokens: number;
  loginFailures: number;
  rateLimits: number;
  verificationLookups: number;
  jobs: number;
}

/**
 * Deletes what has outlived its use: expired refresh tokens, ended login-failure and rate-limit
 * windows, and public verification lookups older than their retention. Each module deletes its
 * own rows; this runs them together, in one transaction under an advisory lock, hourly as a
 * scheduled task of the job queue, which fires once across all servers. A run that deleted
 * something is audited with counts. Jobs whose files have outlived JOB_RESULT_HOURS go too.
 * Uploads left in the temporary folder by a process that died mid-request are deleted at start,
 * by every server (each has its own temporary folder).
 */
@Injectable()
export class HousekeepingService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Housekeeping');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tokens: TokensService,
    private readonly loginThrottle: LoginThrottleService,
    private readonly rateLimit: RateLimitService,
    private readonly certificates: CertificatesService,
    private readonly audit: AuditService,
    private readonly jobs: JobsService,
    queue: JobQueueService,
  ) {
    // Hourly by default (HOUSEKEEPING_CRON): an installation that runs only by day still gets it.
    queue.scheduleTask({
      name: 'housekeeping',
      cron: config.jobs.housekeepingCron,
      run: () => this.runQuietly(),
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.sweepUploadsQuietly();
  }

  async run(caller: Caller = SYSTEM): Promise<HousekeepingResult> {
    return this.dataSource.transaction(async (manager) => {
      const [{ locked }] = await manager.query<Array<{ locked: boolean }>>(
        `SELECT pg_try_advisory_xact_lock(hashtext('housekeeping')) AS locked`,
      );
      if (!locked)
        return {
          ran: false,
          refreshTokens: 0,
          loginFailures: 0,
          rateLimits: 0,
          verificationLookups: 0,
          jobs: 0,
        };
      const result = {
        ran: true,
        refreshTokens: await this.tokens.pruneExpired(manager),
        loginFailures: await this.loginThrottle.pruneExpired(manager),
        rateLimits: await this.rateLimit.pruneExpired(manager),
        verificationLookups: await this.certificates.pruneVerificationLog(manager),
        jobs: await this.jobs.pruneExpired(manager),
      };
      const { ran: _ran, ...counts } = result;
      if (Object.values(counts).some((count) => count > 0)) {
        await this.audit.record(manager, caller, {
          action: 'prune',
          entity: 'housekeeping',
          summary: counts,
        });
      }
      return result;
    });
  }

  /** Deletes uploads left behind by a crash (see `sweepStaleUploads`); returns how many. */
  sweepUploads(): Promise<number> {
    return sweepStaleUploads(this.config.uploadIdleTimeoutMs);
  }

  private async sweepUploadsQuietly() {
    try {
      const uploads = await this.sweepUploads();
      if (uploads > 0) this.logger.log({ uploads }, 'left-over uploads deleted');
    } catch (error) {
      this.logger.error({ err: error }, 'deleting left-over uploads failed');
    }
  }

  private async runQuietly() {
    try {
      const { ran: _ran, ...counts } = await this.run();
      this.logger.log(counts, 'housekeeping done');
    } catch (error) {
      this.logger.error({ err: error }, 'housekeeping failed');
    }
  }
}
