import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { AppError } from '../../common/errors/app-error';
import { RefreshTokensRepository } from './refresh-tokens.repository';

export interface AccessTokenClaims {
  sub: string;
  /** The user's token version when the token was issued. */
  ver: number;
  /** The session: the family of refresh tokens the token was issued with. */
  sid: string;
}

/** A refresh token as it goes into the cookie, and the session it belongs to. */
export interface IssuedRefreshToken {
  token: string;
  sessionId: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Short-lived signed access tokens (HS256 only: `alg: none` and other algorithms are refused),
 * and opaque refresh tokens stored hashed, rotated on every use.
 */
/** How long after its rotation a refresh token may be presented again (see spendRefreshToken). */
export const REFRESH_REUSE_GRACE_SECONDS = 30;

@Injectable()
export class TokensService {
  constructor(
    private readonly jwt: JwtService,
    private readonly refreshTokens: RefreshTokensRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get accessTokenTtlSeconds(): number {
    return this.config.auth.accessTokenTtlSeconds;
  }

  get refreshTokenTtlMs(): number {
    return this.config.auth.refreshTokenTtlHours * 3_600_000;
  }

  signAccessToken(userId: string, tokenVersion: number, sessionId: string): string {
    const claims: AccessTokenClaims = { sub: userId, ver: tokenVersion, sid: sessionId };
    return this.jwt.sign(claims, { algorithm: 'HS256', expiresIn: this.accessTokenTtlSeconds });
  }

  /** A token signed by us, unexpired, that says when it expires and names its user and session. */
  verifyAccessToken(token: string): AccessTokenClaims {
    try {
      const claims = this.jwt.verify<Partial<AccessTokenClaims> & { exp?: unknown }>(token, {
        algorithms: ['HS256'],
      });
      // A token without an expiry would be valid for ever: never one of ours.
      if (typeof claims.exp !== 'number' || !Number.isFinite(claims.exp)) throw new Error('exp');
      if (
        typeof claims.sub !== 'string' ||
        !UUID.test(claims.sub) ||
        typeof claims.ver !== 'number'
      )
        throw new Error('claims');
      if (typeof claims.sid !== 'string' || !UUID.test(claims.sid)) throw new Error('sid');
      return { sub: claims.sub, ver: claims.ver, sid: claims.sid };
    } catch {
      throw new AppError(
        'TOKEN_INVALID',
        'Phiên đăng nhập không hợp lệ hoặc đã hết hạn, vui lòng đăng nhập lại',
      );
    }
  }

  /** Housekeeping: deletes refresh tokens past their expiry; answers how many. */
  pruneExpired(manager: EntityManager): Promise<number> {
    return this.refreshTokens.deleteExpired(manager);
  }

  /**
   * A new refresh token: of a new session, or continuing the session of a spent token (`spent`,
   * from `spendRefreshToken`), whose tokens it rotates, marked spent and linked to it.
   */
  async issueRefreshToken(
    userId: string,
    manager: EntityManager,
    spent?: { sessionId: string; replacing: string[] },
  ): Promise<IssuedRefreshToken> {
    const token = randomBytes(32).toString('base64url');
    const sessionId = spent?.sessionId ?? randomUUID();
    const expiresAt = new Date(Date.now() + this.refreshTokenTtlMs);
    const id = await this.refreshTokens.insert(
      userId,
      sessionId,
      hashToken(token),
      expiresAt,
      manager,
    );
    for (const old of spent?.replacing ?? [])
      await this.refreshTokens.markRotated(old, id, manager);
    return { token, sessionId };
  }

  /**
   * Spends a refresh token: answers its user and the tokens the next one replaces (to pass to
   * `issueRefreshToken`), or undefined when it cannot be used. A token used twice means it was stolen
   * or replayed, and every session of that user ends (the caller's transaction must commit for
   * that to take effect), with one exception: within REFRESH_REUSE_GRACE_SECONDS of its rotation,
   * while its successor is still in use, a token is accepted again, because the reply that
   * carried the successor may never have reached the browser (a page closed or a connection lost
   * mid-refresh). The successor, never received (or received by a request that raced this one),
   * is replaced along with it, and stays usable for the same grace.
   */
  async spendRefreshToken(
    token: string,
    manager: EntityManager,
  ): Promise<{ userId: string; sessionId: string; replacing: string[] } | undefined> {
    const row = await this.refreshTokens.findForUpdate(hashToken(token), manager);
    if (!row) return undefined;
    const replacing = [row.id];
    if (row.revokedAt) {
      const withinGrace =
        row.rotatedSecondsAgo !== null &&
        row.rotatedSecondsAgo <= REFRESH_REUSE_GRACE_SECONDS &&
        row.replacedBy !== null;
      const successor = withinGrace
        ? await this.refreshTokens.usage(row.replacedBy!, manager)
        : undefined;
      if (!successor?.inUse) {
        await this.refreshTokens.revokeAllOfUser(row.userId, manager);
        return undefined;
      }
      if (successor.unused) replacing.push(row.replacedBy!);
    }
    if (row.expiresAt.getTime() <= Date.now()) return undefined;
    return { userId: row.userId, sessionId: row.familyId, replacing };
  }

  /** Ends the session of a refresh token (its access tokens too); returns its user, if the token was known. */
  async revokeRefreshToken(token: string, manager: EntityManager): Promise<string | undefined> {
    const row = await this.refreshTokens.findForUpdate(hashToken(token), manager);
    if (!row) return undefined;
    await this.refreshTokens.revokeFamily(row.familyId, manager);
    return row.userId;
  }
}
