import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  ChangePasswordBody,
  LoginBody,
  LoginFailureReason,
  LoginResponse,
  SessionUser,
} from '@canhgiac/contracts';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { verifyPassword } from '../../common/auth/password-hasher';
import { AppError } from '../../common/errors/app-error';
import { AuditService } from '../audit/audit.service';
import { UsersService } from '../users/users.service';
import type { UserCredentials } from '../users/users.service';
import { LoginThrottleService } from './login-throttle.service';
import { type IssuedRefreshToken, TokensService } from './tokens.service';

export interface Session extends LoginResponse {
  refreshToken: string;
}

const toSessionUser = (user: UserCredentials | Actor): SessionUser => ({
  id: user.id,
  username: user.username,
  fullName: user.fullName,
  role: user.role,
  organizationId: user.organizationId,
});

/** Why a sign-in failed, as the audit log records it (the web labels each reason). */
const failureReason = (
  user: UserCredentials | undefined,
  passwordOk: boolean,
): LoginFailureReason => (!user ? 'unknown_user' : !passwordOk ? 'wrong_password' : 'inactive');

@Injectable()
export class AuthService {
  private readonly logger = new Logger('Auth');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly tokens: TokensService,
    private readonly throttle: LoginThrottleService,
    private readonly audit: AuditService,
  ) {}

  get refreshTokenTtlMs(): number {
    return this.tokens.refreshTokenTtlMs;
  }

  async login(body: LoginBody, ip: string | null): Promise<Session> {
    // The attempt takes its place under the login limits before any password is checked.
    const attempt = await this.throttle.reserve(body.username, ip);
    let user: UserCredentials | undefined;
    let passwordOk: boolean;
    try {
      user = await this.users.credentialsByUsername(body.username);
      passwordOk = await verifyPassword(user?.passwordHash, body.password);
    } catch (error) {
      await this.throttle.release(attempt);
      throw error;
    }
    if (!user || !passwordOk || !user.active) {
      const locks = await this.throttle.failed(attempt);
      const caller = { id: null, username: body.username, ip };
      await this.dataSource.transaction(async (manager) => {
        await this.audit.record(manager, caller, {
          action: 'login_failure',
          entity: 'session',
          entityId: user?.id ?? null,
          summary: { reason: failureReason(user, passwordOk) },
        });
        for (const lock of locks) {
          await this.audit.record(manager, caller, {
            action: 'login_locked',
            entity: 'session',
            entityId: user?.id ?? null,
            summary: { scope: lock.scope, failures: lock.limit, lockedSeconds: lock.retryAfter },
          });
        }
      });
      for (const lock of locks) {
        this.logger.warn(
          `login locked: ${lock.scope} limit of ${lock.limit} failures reached for "${body.username}" from ${ip ?? 'unknown'}`,
        );
      }
      throw new AppError('INVALID_CREDENTIALS', 'Tên đăng nhập hoặc mật khẩu không đúng');
    }
    await this.throttle.succeeded(attempt);
    const account = user;
    return this.dataSource.transaction(async (manager) => {
      await this.users.recordLogin(account.id, manager);
      const refresh = await this.tokens.issueRefreshToken(account.id, manager);
      await this.audit.record(
        manager,
        { ...toSessionUser(account), ip },
        {
          action: 'login_success',
          entity: 'session',
          entityId: account.id,
        },
      );
      return this.session(account, refresh);
    });
  }

  /** Trades a refresh token for a new access token and a new refresh token. */
  async refresh(refreshToken: string | undefined): Promise<Session> {
    if (!refreshToken)
      throw new AppError('TOKEN_INVALID', 'Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại');
    const outcome = await this.dataSource.transaction(async (manager) => {
      const spent = await this.tokens.spendRefreshToken(refreshToken, manager);
      if (!spent) return undefined;
      const user = await this.users.credentialsById(spent.userId, manager);
      if (!user || !user.active) return undefined;
      return { user, next: await this.tokens.issueRefreshToken(user.id, manager, spent) };
    });
    if (!outcome)
      throw new AppError('TOKEN_INVALID', 'Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại');
    return this.session(outcome.user, outcome.next);
  }

  /** Ends the session of the refresh cookie, and records whose it was. */
  async logout(refreshToken: string | undefined, ip: string | null): Promise<void> {
    if (!refreshToken) return;
    await this.dataSource.transaction(async (manager) => {
      const userId = await this.tokens.revokeRefreshToken(refreshToken, manager);
      if (!userId) return;
      const user = await this.users.credentialsById(userId, manager);
      if (!user) return;
      await this.audit.record(
        manager,
        { ...toSessionUser(user), ip },
        { action: 'logout', entity: 'session', entityId: userId },
      );
    });
  }

  me(actor: Actor): SessionUser {
    return toSessionUser(actor);
  }

  async changePassword(actor: Actor, body: ChangePasswordBody): Promise<Session> {
    const user = await this.users.credentialsById(actor.id);
    if (!user || !(await verifyPassword(user.passwordHash, body.currentPassword))) {
      throw new AppError('VALIDATION_FAILED', 'Mật khẩu hiện tại không đúng', {
        details: [{ path: 'currentPassword', message: 'Mật khẩu hiện tại không đúng' }],
      });
    }
    return this.dataSource.transaction(async (manager) => {
      await this.users.changeOwnPassword(actor, body.newPassword, manager);
      const updated = (await this.users.credentialsById(actor.id, manager))!;
      return this.session(updated, await this.tokens.issueRefreshToken(actor.id, manager));
    });
  }

  private session(user: UserCredentials, refresh: IssuedRefreshToken): Session {
    return {
      accessToken: this.tokens.signAccessToken(user.id, user.tokenVersion, refresh.sessionId),
      expiresIn: this.tokens.accessTokenTtlSeconds,
      user: toSessionUser(user),
      refreshToken: refresh.token,
    };
  }

  /**
   * The caller behind an access token, as the database knows them now: active, at the token's
   * version, and in a session that has not ended (logout, detected reuse, password reset).
   */
  async actorFromToken(token: string, ip: string | null): Promise<Actor> {
    const claims = this.tokens.verifyAccessToken(token);
    const user = await this.users.credentialsInSession(claims.sub, claims.sid);
    if (!user || !user.active || user.tokenVersion !== claims.ver || !user.sessionLive) {
      throw new AppError(
        'TOKEN_INVALID',
        'Phiên đăng nhập không còn hiệu lực, vui lòng đăng nhập lại',
      );
    }
    return { ...toSessionUser(user), ip };
  }
}
