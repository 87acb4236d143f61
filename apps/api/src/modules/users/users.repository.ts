import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ListUsersQuery, Page, Role, User as UserDto } from '@canhgiac/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { escapeLike, queryPage, queryPrepared } from '../../common/sql';

/** What authentication needs to know of a user; the password hash never leaves this file otherwise. */
export interface UserCredentials {
  id: string;
  username: string;
  fullName: string;
  role: Role;
  organizationId: string | null;
  active: boolean;
  tokenVersion: number;
  passwordHash: string;
}

export interface NewUser {
  username: string;
  fullName: string;
  role: Role;
  organizationId: string | null;
  passwordHash: string;
  active: boolean;
}

const PUBLIC_COLUMNS = `id, username, full_name AS "fullName", role, organization_id AS "organizationId", active,
  created_at AS "createdAt", last_login_at AS "lastLoginAt"`;
const CREDENTIAL_COLUMNS = `id, username, full_name AS "fullName", role, organization_id AS "organizationId", active,
  token_version AS "tokenVersion", password_hash AS "passwordHash"`;

type UserRow = Omit<UserDto, 'createdAt' | 'lastLoginAt'> & {
  createdAt: Date;
  lastLoginAt: Date | null;
};

function toDto(row: UserRow): UserDto {
  return {
    ...row,
    createdAt: row.createdAt.toISOString(),
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
  };
}

@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findPage(query: ListUsersQuery): Promise<Page<UserDto>> {
    const params = [
      query.q ? `%${escapeLike(query.q)}%` : null,
      query.role ?? null,
      query.organizationId ?? null,
      query.active ?? null,
    ];
    const where = `($1::text IS NULL OR fold_text(username || ' ' || full_name) LIKE fold_text($1))
      AND ($2::text IS NULL OR role = $2) AND ($3::uuid IS NULL OR organization_id = $3)
      AND ($4::boolean IS NULL OR active = $4)`;
    return queryPage(
      this.dataSource,
      {
        items: `SELECT ${PUBLIC_COLUMNS} FROM app_user WHERE ${where} ORDER BY lower(username)`,
        counted: `app_user WHERE ${where}`,
      },
      params,
      query,
      toDto,
    );
  }

  async findById(
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<UserDto | undefined> {
    const rows: UserRow[] = await manager.query(
      `SELECT ${PUBLIC_COLUMNS} FROM app_user WHERE id = $1`,
      [id],
    );
    return rows[0] && toDto(rows[0]);
  }

  async findCredentialsByUsername(username: string): Promise<UserCredentials | undefined> {
    const rows: UserCredentials[] = await this.dataSource.query(
      `SELECT ${CREDENTIAL_COLUMNS} FROM app_user WHERE lower(username) = lower($1)`,
      [username],
    );
    return rows[0];
  }

  async findCredentialsById(
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<UserCredentials | undefined> {
    // Read by every refresh: prepared once per connection.
    const rows = await queryPrepared<UserCredentials>(
      manager,
      `SELECT ${CREDENTIAL_COLUMNS} FROM app_user WHERE id = $1`,
      [id],
    );
    return rows[0];
  }

  /**
   * The guard's one statement per authenticated request: the user, and whether the session
   * (`refresh_token.family_id`) still has a live refresh token, through its partial index.
   */
  async findCredentialsInSession(
    id: string,
    sessionId: string,
  ): Promise<(UserCredentials & { sessionLive: boolean }) | undefined> {
    const rows = await queryPrepared<UserCredentials & { sessionLive: boolean }>(
      this.dataSource.manager,
      `SELECT ${CREDENTIAL_COLUMNS}, EXISTS (
         SELECT 1 FROM refresh_token t WHERE t.family_id = $2 AND t.revoked_at IS NULL AND t.user_id = app_user.id AND t.expires_at > now()
       ) AS "sessionLive"
       FROM app_user WHERE id = $1`,
      [id, sessionId],
    );
    return rows[0];
  }

  async usernameTaken(username: string, manager: EntityManager): Promise<boolean> {
    const rows = await manager.query<unknown[]>(
      `SELECT 1 FROM app_user WHERE lower(username) = lower($1)`,
      [username],
    );
    return rows.length > 0;
  }

  async countAll(manager: EntityManager): Promise<number> {
    const [{ count }] = await manager.query<Array<{ count: number }>>(
      `SELECT count(*)::int AS count FROM app_user`,
    );
    return count;
  }

  async insert(user: NewUser, manager: EntityManager): Promise<string> {
    const [{ id }] = await manager.query<Array<{ id: string }>>(
      `INSERT INTO app_user (username, full_name, role, organization_id, password_hash, active)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [
        user.username,
        user.fullName,
        user.role,
        user.organizationId,
        user.passwordHash,
        user.active,
      ],
    );
    return id;
  }

  /**
   * Applies a change; `revokeTokens` bumps the token version so that every token issued before
   * (and every refresh token) stops working.
   */
  async update(
    id: string,
    change: Partial<
      Pick<NewUser, 'fullName' | 'role' | 'organizationId' | 'active' | 'passwordHash'>
    >,
    revokeTokens: boolean,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `UPDATE app_user SET
         full_name = coalesce($2, full_name),
         role = coalesce($3, role),
         organization_id = CASE WHEN $4::boolean THEN $5::uuid ELSE organization_id END,
         active = coalesce($6, active),
         password_hash = coalesce($7, password_hash),
         password_changed_at = CASE WHEN $7::text IS NULL THEN password_changed_at ELSE now() END,
         token_version = token_version + CASE WHEN $8::boolean THEN 1 ELSE 0 END,
         updated_at = now()
       WHERE id = $1`,
      [
        id,
        change.fullName ?? null,
        change.role ?? null,
        change.organizationId !== undefined,
        change.organizationId ?? null,
        change.active ?? null,
        change.passwordHash ?? null,
        revokeTokens,
      ],
    );
    if (revokeTokens) {
      await manager.query(
        `UPDATE refresh_token SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`,
        [id],
      );
    }
  }

  async recordLogin(id: string, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE app_user SET last_login_at = now() WHERE id = $1`, [id]);
  }
}
