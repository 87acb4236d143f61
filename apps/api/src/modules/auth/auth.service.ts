import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ChangePasswordBody, LoginBody, LoginResponse, SessionUser } from '@canhgiac/contracts';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { verifyPassword } from '../../common/auth/password-hasher';
import { AppError } from '../../common/errors/app-error';
import { AuditService } from '../audit/audit.service';
import { UsersService } from '../users/users.service';
import type { UserCredentials } from '../users/users.service';
import { LoginThrottleService } from './login-throttle.service';
import { TokensService } from './tokens.service';

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

@Injectable()
export class AuthService {
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
    await this.throttle.assertAllowed(body.username, ip);
    const user = await this.users.credentialsByUsername(body.username);
    const passwordOk = await verifyPassword(user?.passwordHash, body.password);
    if (!user || !passwordOk || !user.active) {
      await this.throttle.recordFailure(body.username, ip);
      await this.audit.recordAlone(
        { id: null, username: body.username, ip },
        {
          action: 'login_failure',
          entity: 'session',
          entityId: user?.id ?? null,
          summary: { reason: !user ? 'unknown_user' : !passwordOk ? 'wrong_password' : 'inactive' },
        },
      );
      throw new AppError('INVALID_CREDENTIALS', 'Tên đăng nhập hoặc mật khẩu không đúng');
    }
    await this.throttle.clearUser(body.username);
    return this.dataSource.transaction(async (manager) => {
      await this.users.recordLogin(user.id, manager);
      const refreshToken = await this.tokens.issueRefreshToken(user.id, manager);
      await this.audit.record(manager, { ...toSessionUser(user), ip }, {
        action: 'login_success',
        entity: 'session',
        entityId: user.id,
      });
      return this.session(user, refreshToken);
    });
  }

  /** Trades a refresh token for a new access token and a new refresh token. */
  async refresh(refreshToken: string | undefined): Promise<Session> {
    if (!refreshToken) throw new AppError('TOKEN_INVALID', 'Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại');
    const outcome = await this.dataSource.transaction(async (manager) => {
      const spent = await this.tokens.spendRefreshToken(refreshToken, manager);
      if (!spent) return undefined;
      const user = await this.users.credentialsById(spent.userId, manager);
      if (!user || !user.active) return undefined;
      return { user, next: await this.tokens.issueRefreshToken(user.id, manager, spent.replacing) };
    });
    if (!outcome) throw new AppError('TOKEN_INVALID', 'Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại');
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
      await this.audit.record(manager, { ...toSessionUser(user), ip }, { action: 'logout', entity: 'session', entityId: userId });
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

  private session(user: UserCredentials, refreshToken: string): Session {
    return {
      accessToken: this.tokens.signAccessToken(user.id, user.tokenVersion),
      expiresIn: this.tokens.accessTokenTtlSeconds,
      user: toSessionUser(user),
      refreshToken,
    };
  }

  /** The caller behind an access token, as the database knows them now. */
  async actorFromToken(token: string, ip: string | null): Promise<Actor> {
    const claims = this.tokens.verifyAccessToken(token);
    const user = await this.users.credentialsById(claims.sub);
    if (!user || !user.active || user.tokenVersion !== claims.ver) {
      throw new AppError('TOKEN_INVALID', 'Phiên đăng nhập không còn hiệu lực, vui lòng đăng nhập lại');
    }
    return { ...toSessionUser(user), ip };
  }
}
