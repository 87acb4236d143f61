import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface RefreshTokenRow {
  id: string;
  userId: string;
  expiresAt: Date;
  revokedAt: Date | null;
  /** Seconds since the token was spent by a rotation; null when never rotated. */
  rotatedSecondsAgo: number | null;
  /** The token that replaced this one, if it is still usable or was itself rotated. */
  successorId: string | null;
  successorLive: boolean;
  /** The successor has not been spent or revoked yet. */
  successorUnused: boolean;
}

@Injectable()
export class RefreshTokensRepository {
  async insert(userId: string, tokenHash: string, expiresAt: Date, manager: EntityManager): Promise<string> {
    const [{ id }] = await manager.query(`INSERT INTO refresh_token (user_id, token_hash, expires_at) VALUES ($1, $2, $3) RETURNING id`, [
      userId,
      tokenHash,
      expiresAt,
    ]);
    return id;
  }

  /** Locks the token's row so two concurrent refreshes cannot both rotate it. */
  async findForUpdate(tokenHash: string, manager: EntityManager): Promise<RefreshTokenRow | undefined> {
    const rows: RefreshTokenRow[] = await manager.query(
      `SELECT t.id, t.user_id AS "userId", t.expires_at AS "expiresAt", t.revoked_at AS "revokedAt",
         extract(epoch FROM now() - t.rotated_at)::float8 AS "rotatedSecondsAgo",
         s.id AS "successorId", (s.id IS NOT NULL AND (s.revoked_at IS NULL OR s.rotated_at IS NOT NULL)) AS "successorLive",
         (s.id IS NOT NULL AND s.revoked_at IS NULL) AS "successorUnused"
       FROM refresh_token t LEFT JOIN refresh_token s ON s.id = t.replaced_by
       WHERE t.token_hash = $1 FOR UPDATE OF t`,
      [tokenHash],
    );
    return rows[0];
  }

  /** Marks a token spent by rotation, and by which token. */
  async markRotated(id: string, successorId: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE refresh_token SET revoked_at = coalesce(revoked_at, now()), rotated_at = coalesce(rotated_at, now()), replaced_by = $2 WHERE id = $1`,
      [id, successorId],
    );
  }

  async revoke(id: string, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE refresh_token SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [id]);
  }

  async revokeAllOfUser(userId: string, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE refresh_token SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [userId]);
  }

  /** Expired tokens can no longer be used, nor replayed; a revoked one is kept until then. */
  async deleteExpired(manager: EntityManager): Promise<number> {
    const [{ count }] = await manager.query(
      `WITH gone AS (DELETE FROM refresh_token WHERE expires_at < now() RETURNING 1) SELECT count(*)::int AS count FROM gone`,
    );
    return count;
  }
}
