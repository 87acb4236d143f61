import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AuditAction } from '@canhgiac/contracts';

/** One write: who, when, what entity and id, and a summary of the change. */
@Entity('audit_log')
export class AuditLog {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column('timestamptz', { default: () => 'now()' })
  at: Date;

  @Column('uuid', { name: 'user_id', nullable: true })
  userId: string | null;

  @Column('text', { nullable: true })
  username: string | null;

  @Column('text')
  action: AuditAction;

  @Column('text')
  entity: string;

  @Column('text', { name: 'entity_id', nullable: true })
  entityId: string | null;

  @Column('jsonb', { default: () => "'{}'::jsonb" })
  summary: Record<string, unknown>;

  @Column('text', { nullable: true })
  ip: string | null;
}
