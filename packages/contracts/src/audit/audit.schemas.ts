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

/**
 * What an audit entry is about: every entity the API records. The API's audit writes are typed
 * with it, and the web labels each one (a test fails when one has no label).
 */
export const auditEntities = [
  'user',
  'session',
  'organization',
  'campaign',
  'campaign_target',
  'conference',
  'person',
  'registration',
  'attendance_sync',
  'certificate',
  'leaflet_batch',
  'leaflet_allocation',
  'outreach_activity',
  'plan_report_draft',
  'job',
  'housekeeping',
  'admin_unit',
  'unit_statistic',
] as const;
export type AuditEntity = (typeof auditEntities)[number];

/** Why a sign-in failed: the `reason` of a `login_failure` entry. */
export const loginFailureReasons = ['unknown_user', 'wrong_password', 'inactive'] as const;
export type LoginFailureReason = (typeof loginFailureReasons)[number];

/**
 * What a login limit counts (the `scope` of a `login_locked` entry): one account from one
 * address, one address, or one account.
 */
export const loginLimitScopes = ['account_source', 'address', 'account'] as const;
export type LoginLimitScope = (typeof loginLimitScopes)[number];

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
