import { z } from 'zod';
import { pageQuerySchema, pageSchema } from '../common/paging.schemas';

export const auditActions = [
  'create',
  'update',
  'delete',
  'status_change',
  'import',
  'issue',
  'revoke',
  'allocate',
  'deliver',
  'cancel',
  'check_in',
  'login_success',
  'login_failure',
  /** An alert: failed logins filled a login limit, which now refuses attempts for a while. */
  'login_locked',
  'logout',
  'password_change',
  'erase',
  'prune',
] as const;
export const auditActionSchema = z.enum(auditActions);
export type AuditAction = z.infer<typeof auditActionSchema>;

export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.iso.datetime({ offset: true }),
  userId: z.uuid().nullable(),
  username: z.string().nullable(),
  action: auditActionSchema,
  entity: z.string(),
  entityId: z.string().nullable(),
  summary: z.record(z.string(), z.unknown()),
  ip: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const listAuditQuerySchema = pageQuerySchema.extend({
  entity: z.string().max(50).optional(),
  userId: z.uuid().optional(),
  action: auditActionSchema.optional(),
  from: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  to: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
});
export type ListAuditQuery = z.infer<typeof listAuditQuerySchema>;

export const auditPageSchema = pageSchema(auditEntrySchema);
