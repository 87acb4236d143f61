import { createHash, randomBytes } from 'node:crypto';
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
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Short-lived signed access tokens (HS256 only: `alg: none` and other algorithms are refused),
 * and opaque refresh tokens stored hashed, rotated on every use.
 */
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

  signAccessToken(userId: string, tokenVersion: number): string {
    const claims: AccessTokenClaims = { sub: userId, ver: tokenVersion };
    return this.jwt.sign(claims, { algorithm: 'HS256', expiresIn: this.accessTokenTtlSeconds });
  }

  verifyAccessToken(token: string): AccessTokenClaims {
    try {
      const claims = this.jwt.verify<AccessTokenClaims & { iat: number; exp: number }>(token, { algorithms: ['HS256'] });
      if (typeof claims.sub !== 'string' || typeof claims.ver !== 'number') throw new Error('claims');
      return claims;
    } catch {
      throw new AppError('TOKEN_INVALID', 'Phiên đăng nhập không hợp lệ hoặc đã hết hạn, vui lòng đăng nhập lại');
    }
  }

  /** Housekeeping: deletes refresh tokens past their expiry; answers how many. */
  pruneExpired(manager: EntityManager): Promise<number> {
    return this.refreshTokens.deleteExpired(manager);
  }

  async issueRefreshToken(userId: string, manager: EntityManager): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await this.refreshTokens.insert(userId, hashToken(token), new Date(Date.now() + this.refreshTokenTtlMs), manager);
    return token;
  }

  /**
   * Spends a refresh token and returns its user, or undefined when it cannot be used. A token
   * used twice means it was stolen or replayed: every session of that user ends (the caller's
   * transaction must commit for that to take effect).
   */
  async spendRefreshToken(token: string, manager: EntityManager): Promise<string | undefined> {
    const row = await this.refreshTokens.findForUpdate(hashToken(token), manager);
    if (!row) return undefined;
    if (row.revokedAt) {
      await this.refreshTokens.revokeAllOfUser(row.userId, manager);
      return undefined;
    }
    await this.refreshTokens.revoke(row.id, manager);
    return row.expiresAt.getTime() > Date.now() ? row.userId : undefined;
  }

  /** Revokes a refresh token; returns its user, if the token was known. */
  async revokeRefreshToken(token: string, manager: EntityManager): Promise<string | undefined> {
    const row = await this.refreshTokens.findForUpdate(hashToken(token), manager);
    if (!row) return undefined;
    await this.refreshTokens.revoke(row.id, manager);
    return row.userId;
  }
}
