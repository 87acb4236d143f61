import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import { deleteCounted } from '../../common/sql';

/**
 * Fixed-window request limits kept in the database, so every API replica counts the same hits.
 * One statement per request; for public endpoints where a request is cheap but abuse is not.
 */
@Injectable()
export class RateLimitService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Housekeeping: deletes counters whose window has ended; answers how many. */
  async pruneExpired(manager: EntityManager): Promise<number> {
    return deleteCounted(manager, `DELETE FROM rate_limit WHERE window_ends_at < now()`);
  }

  /** Counts a hit on `key`; past `limit` hits in the window, answers 429 with the seconds to wait. */
  async hit(key: string, limit: number, windowSeconds: number): Promise<void> {
    const [row] = await this.dataSource.query<Array<{ hits: number; retryAfter: number }>>(
      `INSERT INTO rate_limit (key, hits, window_ends_at) VALUES ($1, 1, now() + make_interval(secs => $2))
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN rate_limit.window_ends_at > now() THEN rate_limit.hits + 1 ELSE 1 END,
         window_ends_at = CASE WHEN rate_limit.window_ends_at > now() THEN rate_limit.window_ends_at
                               ELSE now() + make_interval(secs => $2) END
       RETURNING hits, ceil(extract(epoch FROM window_ends_at - now()))::int AS "retryAfter"`,
      [key, windowSeconds],
    );
    if (row.hits > limit) {
      throw new AppError('RATE_LIMITED', 'Quá nhiều lượt kiểm tra, vui lòng thử lại sau ít phút', {
        extra: { retryAfter: Math.max(1, row.retryAfter) },
      });
    }
  }
}
