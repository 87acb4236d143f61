import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Caller } from '../../common/auth/actor';
import { AuditService } from '../audit/audit.service';
import { LoginThrottleService } from '../auth/login-throttle.service';
import { TokensService } from '../auth/tokens.service';
import { CertificatesService } from '../certificates/certificates.service';
import { RateLimitService } from '../rate-limit/rate-limit.service';

const DAY_MS = 24 * 60 * 60 * 1000;
const SYSTEM: Caller = { id: null, username: 'system', ip: null };

export interface HousekeepingResult {
  /** False when another replica held the run; nothing was done here. */
  ran: boolean;
  refreshTokens: number;
  loginFailures: number;
  rateLimits: number;
  verificationLookups: number;
}

/**
 * Deletes what has outlived its use: expired refresh tokens, ended login-failure and rate-limit
 * windows, and public verification lookups older than their retention. Each module deletes its
 * own rows; this runs them together, in one transaction under an advisory lock so that one
 * replica does it, at start and then daily. A run that deleted something is audited with counts.
 */
@Injectable()
export class HousekeepingService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Housekeeping');
  private timers: NodeJS.Timeout[] = [];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: TokensService,
    private readonly loginThrottle: LoginThrottleService,
    private readonly rateLimit: RateLimitService,
    private readonly certificates: CertificatesService,
    private readonly audit: AuditService,
  ) {}

  onApplicationBootstrap(): void {
    const daily = setInterval(() => void this.runQuietly(), DAY_MS);
    const first = setTimeout(() => void this.runQuietly(), 90_000);
    daily.unref();
    first.unref();
    this.timers = [daily, first];
  }

  onApplicationShutdown(): void {
    for (const timer of this.timers) clearTimeout(timer);
  }

  async run(caller: Caller = SYSTEM): Promise<HousekeepingResult> {
    return this.dataSource.transaction(async (manager) => {
      const [{ locked }] = await manager.query(
        `SELECT pg_try_advisory_xact_lock(hashtext('housekeeping')) AS locked`,
      );
      if (!locked)
        return {
          ran: false,
          refreshTokens: 0,
          loginFailures: 0,
          rateLimits: 0,
          verificationLookups: 0,
        };
      const result = {
        ran: true,
        refreshTokens: await this.tokens.pruneExpired(manager),
        loginFailures: await this.loginThrottle.pruneExpired(manager),
        rateLimits: await this.rateLimit.pruneExpired(manager),
        verificationLookups: await this.certificates.pruneVerificationLog(manager),
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

  private async runQuietly() {
    try {
      const { ran: _ran, ...counts } = await this.run();
      this.logger.log(counts, 'housekeeping done');
    } catch (error) {
      this.logger.error({ err: error }, 'housekeeping failed');
    }
  }
}
