import { z } from 'zod';

export const roles = ['admin', 'staff', 'coordinator', 'leader'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

export const PASSWORD_MIN_LENGTH = 10;

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,49}$/u, {
    message: 'Tên đăng nhập gồm 3–50 ký tự: chữ không dấu, số, dấu chấm, gạch ngang hoặc gạch dưới',
  });

/** The password policy: long enough, not the username (checked where both are known). */
export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, { message: `Mật khẩu cần ít nhất ${PASSWORD_MIN_LENGTH} ký tự` })
  .max(200, { message: 'Mật khẩu tối đa 200 ký tự' });

export const loginBodySchema = z
  .object({
    username: z
      .string()
      .trim()
      .toLowerCase()
      .min(1, { message: 'Hãy nhập tên đăng nhập' })
      .max(100),
    password: z.string().min(1, { message: 'Hãy nhập mật khẩu' }).max(200),
  })
  .strict();
export type LoginBody = z.infer<typeof loginBodySchema>;

export const sessionUserSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  fullName: z.string(),
  role: roleSchema,
  organizationId: z.uuid().nullable(),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const loginResponseSchema = z.object({
  accessToken: z.string(),
  /** Seconds until the access token expires; renew it with POST /api/auth/refresh or log in again. */
  expiresIn: z.number().int(),
  user: sessionUserSchema,
});
export type LoginResponse = z.infer<typeof loginResponseSchema>;

export const changePasswordBodySchema = z
  .object({
    currentPassword: z.string().min(1, { message: 'Hãy nhập mật khẩu hiện tại' }).max(200),
    newPassword: passwordSchema,
  })
  .strict();
export type ChangePasswordBody = z.infer<typeof changePasswordBodySchema>;
