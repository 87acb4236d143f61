import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { deleteCounted } from '../../common/sql';

export interface RefreshTokenRow {
  id: string;
  userId: string;
  expiresAt: Date;
  revokedAt: Date | null;
  /** Seconds since the token was spent by a rotation; null when never rotated. */
  rotatedSecondsAgo: number | null;
  /** The token that replaced it. */
  replacedBy: string | null;
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
      `SELECT id, user_id AS "userId", expires_at AS "expiresAt", revoked_at AS "revokedAt",
         extract(epoch FROM now() - rotated_at)::float8 AS "rotatedSecondsAgo", replaced_by AS "replacedBy"
       FROM refresh_token WHERE token_hash = $1 FOR UPDATE`,
      [tokenHash],
    );
    return rows[0];
  }

  /**
   * Whether a token is still in use: unused (neither spent nor revoked), or spent by a rotation.
   * Read in its own statement after the lock, so that a successor committed by a refresh that held
   * the lock just before is seen.
   */
  async usage(id: string, manager: EntityManager): Promise<{ unused: boolean; inUse: boolean }> {
    const rows: Array<{ unused: boolean; inUse: boolean }> = await manager.query(
      `SELECT revoked_at IS NULL AS unused, (revoked_at IS NULL OR rotated_at IS NOT NULL) AS "inUse" FROM refresh_token WHERE id = $1`,
      [id],
    );
    return rows[0] ?? { unused: false, inUse: false };
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
    return deleteCounted(manager, `DELETE FROM refresh_token WHERE expires_at < now()`);
  }
}
