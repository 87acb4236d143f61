import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface RefreshTokenRow {
  id: string;
  userId: string;
  expiresAt: Date;
  revokedAt: Date | null;
}

@Injectable()
export class RefreshTokensRepository {
  async insert(userId: string, tokenHash: string, expiresAt: Date, manager: EntityManager): Promise<void> {
    await manager.query(`INSERT INTO refresh_token (user_id, token_hash, expires_at) VALUES ($1, $2, $3)`, [
      userId,
      tokenHash,
      expiresAt,
    ]);
  }

  /** Locks the token's row so two concurrent refreshes cannot both rotate it. */
  async findForUpdate(tokenHash: string, manager: EntityManager): Promise<RefreshTokenRow | undefined> {
    const rows: RefreshTokenRow[] = await manager.query(
      `SELECT id, user_id AS "userId", expires_at AS "expiresAt", revoked_at AS "revokedAt"
       FROM refresh_token WHERE token_hash = $1 FOR UPDATE`,
      [tokenHash],
    );
    return rows[0];
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
