import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditAction, AuditEntry, ListAuditQuery, Page } from '@canhgiac/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { Caller } from '../../common/auth/actor';
import { AuditRepository } from './audit.repository';

export interface AuditRecord {
  action: AuditAction;
  entity: string;
  entityId?: string | null;
  summary?: Record<string, unknown>;
}

/** Fields that never enter the audit log, whatever entity they belong to. */
const SECRET_FIELDS = new Set(['password', 'passwordHash', 'currentPassword', 'newPassword', 'token', 'accessToken']);

function redact(summary: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(summary).map(([key, value]) => [key, SECRET_FIELDS.has(key) ? '[redacted]' : value]),
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

  /** For events that have no transaction of their own (a failed login). */
  async recordAlone(caller: Caller, record: AuditRecord): Promise<void> {
    await this.dataSource.transaction((manager) => this.record(manager, caller, record));
  }

  list(query: ListAuditQuery): Promise<Page<AuditEntry>> {
    return this.audit.findPage(query);
  }
}
