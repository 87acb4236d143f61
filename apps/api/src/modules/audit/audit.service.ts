import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  AuditAction,
  AuditEntity,
  AuditEntry,
  ListAuditQuery,
  Page,
} from '@canhgiac/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { Caller } from '../../common/auth/actor';
import { AuditRepository } from './audit.repository';

export interface AuditRecord {
  action: AuditAction;
  /** One of the contract's entities: the web has a label for each. */
  entity: AuditEntity;
  entityId?: string | null;
  summary?: Record<string, unknown>;
}

/** Fields that never enter the audit log, whatever entity they belong to. */
const SECRET_FIELDS = new Set([
  'password',
  'passwordHash',
  'currentPassword',
  'newPassword',
  'token',
  'accessToken',
]);

function redact(summary: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(summary).map(([key, value]) => [
      key,
      SECRET_FIELDS.has(key) ? '[redacted]' : value,
    ]),
  );
}

/**
 * The audit log. A write records itself through `record(manager, …)` with the manager of its own
 * transaction, so the change and its audit entry commit or roll back together.
 */
@Injectable()
export class AuditService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditRepository,
  ) {}

  async record(manager: EntityManager, caller: Caller, record: AuditRecord): Promise<void> {
    await this.audit.insert(
      {
        userId: caller.id,
        username: caller.username,
        ip: caller.ip,
        action: record.action,
        entity: record.entity,
        entityId: record.entityId ?? null,
        summary: redact(record.summary ?? {}),
      },
      manager,
    );
  }

  /**
   * The audit entries of a write done in one statement, as an `INSERT … SELECT` to place in that
   * statement's WITH list: one entry per row of `source` (a CTE whose `id` column names the
   * entity), with `summarySql` an expression over that row (`s`). Pushes its own parameters onto
   * `params`. The entries commit with the write because they are part of it.
   */
  insertFrom(
    caller: Caller,
    record: Pick<AuditRecord, 'action' | 'entity'>,
    source: string,
    summarySql: string,
    params: unknown[],
  ): string {
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    return `INSERT INTO audit_log (user_id, username, ip, action, entity, entity_id, summary)
      SELECT ${param(caller.id)}::uuid, ${param(caller.username)}::text, ${param(caller.ip)}::text,
        ${param(record.action)}::text, ${param(record.entity)}::text, s.id::text, ${summarySql}
      FROM ${source} s`;
  }

  /** For events that have no transaction of their own (a failed login). */
  async recordAlone(caller: Caller, record: AuditRecord): Promise<void> {
    await this.dataSource.transaction((manager) => this.record(manager, caller, record));
  }

  list(query: ListAuditQuery): Promise<Page<AuditEntry>> {
    return this.audit.findPage(query);
  }
}
