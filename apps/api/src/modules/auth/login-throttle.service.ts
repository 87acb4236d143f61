import { Inject, Injectable } from '@nestjs/common';
import type { LoginLimitScope } from '@canhgiac/contracts';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { AppError } from '../../common/errors/app-error';
import { deleteCounted } from '../../common/sql';

/** What a login limit counts: one account from one address, one address, or one account. */
export type LimitScope = LoginLimitScope;

interface LimitKey {
  key: string;
  scope: LimitScope;
  limit: number;
}

/** An attempt that holds its place under every limit; settled once the password is checked. */
export interface LoginAttempt {
  keys: Array<LimitKey & { count: number }>;
  /** The account and address key of the attempt. */
  sourceKey: string;
  username: string;
  ip: string;
}

/** A limit that the failed attempt just filled: it is locked until `retryAfter` seconds pass. */
export interface TriggeredLock {
  scope: LimitScope;
  limit: number;
  retryAfter: number;
}

/** How long an address an account logged in from stays known to that account. */
const KNOWN_SOURCE_DAYS = 30;

/**
 * Login limits counted in the database (`login_failure`), so they hold across API processes.
 *
 * An attempt first reserves its place under every limit, in one transaction that locks the
 * counters' rows: counters already full answer 429 at once, without checking the password, and
 * concurrent attempts queue on the locks, so no more attempts than a limit allows ever reach the
 * password check, however many arrive at once. A reserved attempt counts as a failure until it
 * proves otherwise: a successful login gives its place back.
 *
 * The limits, each in a window of `LOGIN_WINDOW_SECONDS`:
 * - one account from one address (`LOGIN_MAX_FAILURES_PER_USER`): that address is locked out of
 *   that account until the window ends; the owner elsewhere is not;
 * - one address over every account (`LOGIN_MAX_FAILURES_PER_IP`);
 * - one account from every address (`LOGIN_MAX_FAILURES_PER_ACCOUNT`), against guesses spread
 *   over many addresses: past it, only addresses the account logged in from in the last 30 days
 *   may go on trying, and the others wait for the window's end. No limit locks an account for
 *   longer than a window, nor for its owner at a known address.
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private keys(
    username: string,
    ip: string | null,
  ): { limits: LimitKey[]; sourceKey: string; user: string; address: string } {
    const user = username.toLowerCase();
    const address = ip ?? 'unknown';
    const sourceKey = `src:${user}|${address}`;
    const limits: LimitKey[] = [
      { key: `ip:${address}`, scope: 'address', limit: this.config.auth.maxFailuresPerIp },
      { key: sourceKey, scope: 'account_source', limit: this.config.auth.maxFailuresPerUser },
      { key: `user:${user}`, scope: 'account', limit: this.config.auth.maxFailuresPerAccount },
    ];
    // One order for every attempt, so that two attempts never wait on each other's locks.
    limits.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return { limits, sourceKey, user, address };
  }

  /**
   * Reserves an attempt under every limit, or answers 429 `LOGIN_LOCKED` with the seconds to wait
   * when one is full. Only a reserved attempt may check a password.
   */
  async reserve(username: string, ip: string | null): Promise<LoginAttempt> {
    const { limits, sourceKey, user, address } = this.keys(username, ip);
    const outcome = await this.dataSource.transaction(
      async (manager): Promise<{ retryAfter: number } | { keys: LoginAttempt['keys'] }> => {
        // Locks the counters (creating those that do not exist) and starts a new window where the
        // last one ended.
        const rows: Array<{ key: string; failures: number; retryAfter: number }> =
          await manager.query(
            `INSERT INTO login_failure AS f (key, failures, window_ends_at)
         SELECT k, 0, now() + make_interval(secs => $2) FROM unnest($1::text[]) WITH ORDINALITY AS t (k, n) ORDER BY n
         ON CONFLICT (key) DO UPDATE SET
           failures = CASE WHEN f.window_ends_at > now() THEN f.failures ELSE 0 END,
           window_ends_at = CASE WHEN f.window_ends_at > now() THEN f.window_ends_at ELSE excluded.window_ends_at END
         RETURNING key, failures, greatest(ceil(extract(epoch FROM window_ends_at - now())), 1)::int AS "retryAfter"`,
            [limits.map((k) => k.key), this.config.auth.failureWindowSeconds],
          );
        const [{ known }]: Array<{ known: boolean }> = await manager.query(
          `SELECT EXISTS (SELECT 1 FROM login_source WHERE username = $1 AND ip = $2 AND known_until > now()) AS known`,
          [user, address],
        );
        const full = rows.filter((row) => {
          const limit = limits.find((k) => k.key === row.key)!;
          return row.failures >= limit.limit && !(limit.scope === 'account' && known);
        });
        if (full.length > 0) return { retryAfter: Math.max(...full.map((row) => row.retryAfter)) };
        const counted: Array<{ key: string; failures: number }> = await manager.query(
          `WITH counted AS (UPDATE login_failure SET failures = failures + 1 WHERE key = ANY($1::text[]) RETURNING key, failures)
         SELECT key, failures FROM counted`,
          [limits.map((k) => k.key)],
        );
        return {
          keys: limits.map((k) => ({
            ...k,
            count: counted.find((row) => row.key === k.key)!.failures,
          })),
        };
      },
    );
    if ('retryAfter' in outcome) {
      const minutes = Math.ceil(outcome.retryAfter / 60);
      throw new AppError(
        'LOGIN_LOCKED',
        `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${minutes} phút`,
        {
          extra: { retryAfter: outcome.retryAfter },
        },
      );
    }
    return { keys: outcome.keys, sourceKey, username: user, ip: address };
  }

  /**
   * The attempt failed: its reservation stays counted. Answers the limits it filled, which lock
   * from now on (the caller raises the alert).
   */
  async failed(attempt: LoginAttempt): Promise<TriggeredLock[]> {
    const filled = attempt.keys.filter((k) => k.count === k.limit);
    if (filled.length === 0) return [];
    const rows: Array<{ key: string; retryAfter: number }> = await this.dataSource.query(
      `SELECT key, greatest(ceil(extract(epoch FROM window_ends_at - now())), 1)::int AS "retryAfter"
       FROM login_failure WHERE key = ANY($1::text[])`,
      [filled.map((k) => k.key)],
    );
    return filled.map((k) => ({
      scope: k.scope,
      limit: k.limit,
      retryAfter:
        rows.find((row) => row.key === k.key)?.retryAfter ?? this.config.auth.failureWindowSeconds,
    }));
  }

  /**
   * The attempt logged in: the account's failures from this address are forgiven, the other
   * counters get the reserved place back, and the address becomes known to the account.
   */
  async succeeded(attempt: LoginAttempt): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.giveBack(
        attempt.keys.filter((k) => k.key !== attempt.sourceKey),
        manager,
        [attempt.sourceKey],
      );
      await manager.query(
        `INSERT INTO login_source (username, ip, known_until) VALUES ($1, $2, now() + make_interval(days => $3))
         ON CONFLICT (username, ip) DO UPDATE SET known_until = excluded.known_until`,
        [attempt.username, attempt.ip, KNOWN_SOURCE_DAYS],
      );
    });
  }

  /** The attempt could not be checked (a server error): every counter gets its place back. */
  async release(attempt: LoginAttempt): Promise<void> {
    await this.dataSource.transaction((manager) => this.giveBack(attempt.keys, manager));
  }

  /** One place back on each counter of `keys`; a counter left with none is deleted, as are `forgiven`. */
  private async giveBack(
    keys: LimitKey[],
    manager: EntityManager,
    forgiven: string[] = [],
  ): Promise<void> {
    const names = keys.map((k) => k.key);
    // Each decrement applies to the counter as the last writer left it (the row lock), so none
    // is lost to a concurrent one.
    await manager.query(
      `UPDATE login_failure SET failures = greatest(failures - 1, 0) WHERE key = ANY($1::text[])`,
      [names],
    );
    await manager.query(
      `DELETE FROM login_failure WHERE key = ANY($2::text[]) OR (key = ANY($1::text[]) AND failures = 0)`,
      [names, forgiven],
    );
  }

  /** Housekeeping: deletes failure counters whose window has ended and addresses no longer known; answers how many. */
  async pruneExpired(manager: EntityManager): Promise<number> {
    const counters = await deleteCounted(
      manager,
      `DELETE FROM login_failure WHERE window_ends_at < now()`,
    );
    return (
      counters +
      (await deleteCounted(manager, `DELETE FROM login_source WHERE known_until < now()`))
    );
  }
}
