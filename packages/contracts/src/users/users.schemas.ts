import { z } from 'zod';
import { passwordSchema, roleSchema, usernameSchema } from '../auth/auth.schemas';
import { nameSchema, searchTextSchema } from '../common/text';
import { pageQuerySchema, pageSchema } from '../common/paging.schemas';

export const userSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  fullName: z.string(),
  role: roleSchema,
  organizationId: z.uuid().nullable(),
  active: z.boolean(),
  createdAt: z.iso.datetime({ offset: true }),
  lastLoginAt: z.iso.datetime({ offset: true }).nullable(),
});
export type User = z.infer<typeof userSchema>;

const coordinatorNeedsOrganization = {
  check: (body: { role?: string; organizationId?: string | null }) =>
    body.role !== 'coordinator' || Boolean(body.organizationId),
  issue: { path: ['organizationId'], message: 'Điều phối viên phải thuộc một tổ chức' },
};

export const createUserBodySchema = z
  .object({
    username: usernameSchema,
    fullName: nameSchema(120, 'Họ và tên'),
    role: roleSchema,
    organizationId: z.uuid().nullish(),
    password: passwordSchema,
    active: z.boolean().default(true),
  })
  .strict()
  .refine(coordinatorNeedsOrganization.check, coordinatorNeedsOrganization.issue);
export type CreateUserBody = z.infer<typeof createUserBodySchema>;

/** Also how an admin resets a password (`password`) or deactivates an account (`active: false`). */
export const updateUserBodySchema = z
  .object({
    fullName: nameSchema(120, 'Họ và tên'),
    role: roleSchema,
    organizationId: z.uuid().nullable(),
    password: passwordSchema,
    active: z.boolean(),
  })
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, { message: 'Không có gì để cập nhật' });
export type UpdateUserBody = z.infer<typeof updateUserBodySchema>;

export const listUsersQuerySchema = pageQuerySchema.extend({
  q: searchTextSchema(100),
  role: roleSchema.optional(),
  organizationId: z.uuid().optional(),
  active: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export type ListUsersQuery = z.infer<typeof listUsersQuerySchema>;

export const userPageSchema = pageSchema(userSchema);
