import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { AppError } from '../../common/errors/app-error';
import { deleteCounted } from '../../common/sql';

/**
 * Counts failed logins per username and per client address in the database, so the limit holds
 * across API replicas. Past the limit, logins are answered 429 until the window ends; a
 * successful login clears the username's count.
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private keys(username: string, ip: string | null) {
    return [
      { key: `user:${username.toLowerCase()}`, limit: this.config.auth.maxFailuresPerUser },
      { key: `ip:${ip ?? 'unknown'}`, limit: this.config.auth.maxFailuresPerIp },
    ];
  }

  async assertAllowed(username: string, ip: string | null): Promise<void> {
    const keys = this.keys(username, ip);
    const rows: Array<{ key: string; failures: number; retryAfter: number }> = await this.dataSource.query(
      `SELECT key, failures, ceil(extract(epoch FROM window_ends_at - now()))::int AS "retryAfter"
       FROM login_failure WHERE key = ANY($1::text[]) AND window_ends_at > now()`,
      [keys.map((k) => k.key)],
    );
    const blocked = rows.filter((row) => row.failures >= keys.find((k) => k.key === row.key)!.limit);
    if (blocked.length > 0) {
      const retryAfter = Math.max(...blocked.map((row) => row.retryAfter), 1);
      throw new AppError('LOGIN_LOCKED', `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${Math.ceil(retryAfter / 60)} phút`, {
        extra: { retryAfter },
      });
    }
  }

  async recordFailure(username: string, ip: string | null): Promise<void> {
    const window = this.config.auth.failureWindowSeconds;
    await this.dataSource.query(
      `INSERT INTO login_failure (key, failures, window_ends_at)
       SELECT k, 1, now() + make_interval(secs => $2) FROM unnest($1::text[]) AS k
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN login_failure.window_ends_at > now() THEN login_failure.failures + 1 ELSE 1 END,
         window_ends_at = CASE WHEN login_failure.window_ends_at > now() THEN login_failure.window_ends_at
                               ELSE now() + make_interval(secs => $2) END`,
      [this.keys(username, ip).map((k) => k.key), window],
    );
  }

  /** Housekeeping: deletes failure counters whose window has ended; answers how many. */
  async pruneExpired(manager: EntityManager): Promise<number> {
    return deleteCounted(manager, `DELETE FROM login_failure WHERE window_ends_at < now()`);
  }

  async clearUser(username: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM login_failure WHERE key = $1 OR window_ends_at < now()`, [
      `user:${username.toLowerCase()}`,
    ]);
  }
}
