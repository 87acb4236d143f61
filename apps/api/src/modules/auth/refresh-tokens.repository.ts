import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { deleteCounted } from '../../common/sql';

export interface RefreshTokenRow {
  id: string;
  userId: string;
  /** The session: every token one login started, through every rotation. */
  familyId: string;
  expiresAt: Date;
  revokedAt: Date | null;
  /** Seconds since the token was spent by a rotation; null when never rotated. */
  rotatedSecondsAgo: number | null;
  /** The token that replaced it. */
  replacedBy: string | null;
}

@Injectable()
export class RefreshTokensRepository {
  async insert(
    userId: string,
    familyId: string,
    tokenHash: string,
    expiresAt: Date,
    manager: EntityManager,
  ): Promise<string> {
    const [{ id }] = await manager.query<Array<{ id: string }>>(
      `INSERT INTO refresh_token (user_id, family_id, token_hash, expires_at) VALUES ($1, $2, $3, $4) RETURNING id`,
      [userId, familyId, tokenHash, expiresAt],
    );
    return id;
  }

  /** Locks the token's row so two concurrent refreshes cannot both rotate it. */
  async findForUpdate(
    tokenHash: string,
    manager: EntityManager,
  ): Promise<RefreshTokenRow | undefined> {
    const rows: RefreshTokenRow[] = await manager.query(
      `SELECT id, user_id AS "userId", family_id AS "familyId", expires_at AS "expiresAt", revoked_at AS "revokedAt",
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

  /** Ends a session: none of its tokens can be used again, and its access tokens are refused. */
  async revokeFamily(familyId: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE refresh_token SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL`,
      [familyId],
    );
  }

  async revokeAllOfUser(userId: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE refresh_token SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`,
      [userId],
    );
  }

  /** Expired tokens can no longer be used, nor replayed; a revoked one is kept until then. */
  async deleteExpired(manager: EntityManager): Promise<number> {
    return deleteCounted(manager, `DELETE FROM refresh_token WHERE expires_at < now()`);
  }
}
