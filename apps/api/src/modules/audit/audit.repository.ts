import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditAction, AuditEntry, ListAuditQuery, Page } from '@canhgiac/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { queryPage } from '../../common/sql';

export interface NewAuditEntry {
  userId: string | null;
  username: string | null;
  ip: string | null;
  action: AuditAction;
  entity: string;
  entityId: string | null;
  summary: Record<string, unknown>;
}

/** A day without a time means the whole day, in Vietnam. */
function boundary(value: string | undefined, end: boolean): string | null {
  if (!value) return null;
  if (/^\d{4}-\d{2}-\d{2}$/u.test(value))
    return end ? `${value}T23:59:59.999+07:00` : `${value}T00:00:00+07:00`;
  return value;
}

@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(entry: NewAuditEntry, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO audit_log (user_id, username, ip, action, entity, entity_id, summary)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)`,
      [
        entry.userId,
        entry.username,
        entry.ip,
        entry.action,
        entry.entity,
        entry.entityId,
        JSON.stringify(entry.summary),
      ],
    );
  }

  async findPage(query: ListAuditQuery): Promise<Page<AuditEntry>> {
    const params = [
      query.entity ?? null,
      query.userId ?? null,
      query.action ?? null,
      boundary(query.from, false),
      boundary(query.to, true),
    ];
    const where = `($1::text IS NULL OR entity = $1) AND ($2::uuid IS NULL OR user_id = $2)
      AND ($3::text IS NULL OR action = $3)
      AND ($4::timestamptz IS NULL OR at >= $4) AND ($5::timestamptz IS NULL OR at <= $5)`;
    return queryPage(
      this.dataSource,
      {
        items: `SELECT id::text, at, user_id AS "userId", username, action, entity, entity_id AS "entityId", summary, ip
                FROM audit_log WHERE ${where} ORDER BY at DESC, id DESC`,
        counted: `audit_log WHERE ${where}`,
      },
      params,
      query,
      (row: AuditEntry & { at: Date }) => ({ ...row, at: row.at.toISOString() }),
    );
  }
}
