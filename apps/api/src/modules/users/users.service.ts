import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  CreateUserBody,
  ListUsersQuery,
  Page,
  Role,
  UpdateUserBody,
  User,
} from '@canhgiac/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { hashPassword, passwordPolicyProblem } from '../../common/auth/password-hasher';
import { AppError } from '../../common/errors/app-error';
import { AuditService } from '../audit/audit.service';
import { OrganizationsService } from '../organizations/organizations.service';
import { type NewUser, type UserCredentials, UsersRepository } from './users.repository';

export type { UserCredentials } from './users.repository';

function passwordError(problem: string, field = 'password') {
  return new AppError('VALIDATION_FAILED', 'Mật khẩu không đạt yêu cầu', {
    details: [{ path: field, message: problem }],
  });
}

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly organizations: OrganizationsService,
    private readonly audit: AuditService,
  ) {}

  list(query: ListUsersQuery): Promise<Page<User>> {
    return this.users.findPage(query);
  }

  async get(id: string): Promise<User> {
    const user = await this.users.findById(id);
    if (!user) throw AppError.notFound('người dùng');
    return user;
  }

  async create(actor: Actor, body: CreateUserBody): Promise<User> {
    const problem = passwordPolicyProblem(body.username, body.password);
    if (problem) throw passwordError(problem);
    const passwordHash = await hashPassword(body.password);
    return this.dataSource.transaction(async (manager) => {
      if (await this.users.usernameTaken(body.username, manager)) {
        throw new AppError('USERNAME_TAKEN', 'Tên đăng nhập này đã được dùng', {
          details: [{ path: 'username', message: 'Tên đăng nhập này đã được dùng' }],
        });
      }
      const organizationId = await this.checkOrganization(
        body.role,
        body.organizationId ?? null,
        manager,
      );
      const id = await this.users.insert(
        {
          username: body.username,
          fullName: body.fullName,
          role: body.role,
          organizationId,
          passwordHash,
          active: body.active,
        },
        manager,
      );
      await this.audit.record(manager, actor, {
        action: 'create',
        entity: 'user',
        entityId: id,
        summary: {
          username: body.username,
          fullName: body.fullName,
          role: body.role,
          organizationId,
          active: body.active,
        },
      });
      return (await this.users.findById(id, manager))!;
    });
  }

  async update(actor: Actor, id: string, body: UpdateUserBody): Promise<User> {
    const passwordHash =
      body.password === undefined ? undefined : await hashPassword(body.password);
    return this.dataSource.transaction(async (manager) => {
      const current = await this.users.findById(id, manager);
      if (!current) throw AppError.notFound('người dùng');
      if (body.password !== undefined) {
        const problem = passwordPolicyProblem(current.username, body.password);
        if (problem) throw passwordError(problem);
      }
      const role = body.role ?? current.role;
      if (actor.id === id && (body.active === false || role !== 'admin')) {
        throw new AppError(
          'SELF_LOCKOUT',
          'Bạn không thể tự khóa hoặc tự bỏ quyền quản trị của chính mình',
        );
      }
      const organizationId = await this.checkOrganization(
        role,
        body.organizationId === undefined ? current.organizationId : body.organizationId,
        manager,
      );
      const change: Partial<NewUser> = { ...body, organizationId, passwordHash };
      delete (change as { password?: string }).password;
      const revokeTokens =
        passwordHash !== undefined ||
        body.active === false ||
        role !== current.role ||
        organizationId !== current.organizationId;
      await this.users.update(id, change, revokeTokens, manager);
      await this.audit.record(manager, actor, {
        action: 'update',
        entity: 'user',
        entityId: id,
        summary: { ...body, ...(body.password !== undefined ? { password: 'reset' } : {}) },
      });
      return (await this.users.findById(id, manager))!;
    });
  }

  /** For authentication: the user with the password hash and token version. */
  credentialsByUsername(username: string): Promise<UserCredentials | undefined> {
    return this.users.findCredentialsByUsername(username);
  }

  credentialsById(id: string, manager?: EntityManager): Promise<UserCredentials | undefined> {
    return this.users.findCredentialsById(id, manager);
  }

  /** For the guard: the user, and whether the session `sessionId` has not ended. */
  credentialsInSession(
    id: string,
    sessionId: string,
  ): Promise<(UserCredentials & { sessionLive: boolean }) | undefined> {
    return this.users.findCredentialsInSession(id, sessionId);
  }

  recordLogin(id: string, manager: EntityManager): Promise<void> {
    return this.users.recordLogin(id, manager);
  }

  /** A user changes their own password; every other session of theirs ends. */
  async changeOwnPassword(
    actor: Actor,
    newPassword: string,
    manager: EntityManager,
  ): Promise<void> {
    const problem = passwordPolicyProblem(actor.username, newPassword);
    if (problem) throw passwordError(problem, 'newPassword');
    await this.users.update(
      actor.id,
      { passwordHash: await hashPassword(newPassword) },
      true,
      manager,
    );
    await this.audit.record(manager, actor, {
      action: 'password_change',
      entity: 'user',
      entityId: actor.id,
    });
  }

  /** Creates a user without an acting admin: the demo seed and the first admin from the environment. */
  async bootstrap(user: NewUser, manager: EntityManager): Promise<string> {
    const id = await this.users.insert(user, manager);
    await this.audit.record(
      manager,
      { id: null, username: 'system', ip: null },
      {
        action: 'create',
        entity: 'user',
        entityId: id,
        summary: {
          username: user.username,
          role: user.role,
          organizationId: user.organizationId,
          bootstrap: true,
        },
      },
    );
    return id;
  }

  countUsers(manager: EntityManager): Promise<number> {
    return this.users.countAll(manager);
  }

  /** A coordinator belongs to one organization; the other roles to none or any. */
  private async checkOrganization(
    role: Role,
    organizationId: string | null,
    manager: EntityManager,
  ): Promise<string | null> {
    if (role === 'coordinator' && !organizationId) {
      throw AppError.invalid('organizationId', 'Điều phối viên phải thuộc một tổ chức');
    }
    if (organizationId)
      await this.organizations.requireExisting(organizationId, 'organizationId', manager);
    return organizationId;
  }
}
