import { z } from 'zod';
import { createPersonBodySchema, personSchema } from '../people/people.schemas';

export const registrationStatuses = ['registered', 'attended', 'absent'] as const;
export const registrationStatusSchema = z.enum(registrationStatuses);
export type RegistrationStatus = z.infer<typeof registrationStatusSchema>;

export const checkInMethods = ['registration', 'person', 'code', 'walk_in'] as const;
export const checkInMethodSchema = z.enum(checkInMethods);
export type CheckInMethod = z.infer<typeof checkInMethodSchema>;

/** The code printed (and QR-encoded) on the roll-call sheet: 8 characters of Crockford base32. */
export const checkInCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[0-9A-HJKMNP-TV-Z]{8}$/u, { message: 'Mã điểm danh gồm 8 ký tự, ví dụ 7K3M9QXD' });

export const registrationSchema = z.object({
  id: z.uuid(),
  conferenceId: z.uuid(),
  person: personSchema,
  /** "absent" is a registration that was not checked in when the conference was held. */
  status: registrationStatusSchema,
  checkedInAt: z.iso.datetime({ offset: true }).nullable(),
  checkInMethod: checkInMethodSchema.nullable(),
  checkInCode: z.string(),
  /** The organization whose list the person came from. */
  organizationId: z.uuid().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type Registration = z.infer<typeof registrationSchema>;
export const registrationListSchema = z.array(registrationSchema);

export const createRegistrationBodySchema = z.union([
  z.object({ personId: z.uuid() }).strict(),
  z.object({ person: createPersonBodySchema }).strict(),
]);
export type CreateRegistrationBody = z.infer<typeof createRegistrationBodySchema>;

export const listRegistrationsQuerySchema = z.object({
  status: registrationStatusSchema.optional(),
  q: z.string().max(120).optional(),
  birthYear: z.coerce.number().int().min(1900).max(2100).optional(),
});
export type ListRegistrationsQuery = z.infer<typeof listRegistrationsQuerySchema>;

/** Check in by registration, by person, by the printed code, or a walk-in registered on the spot. */
export const checkInBodySchema = z.union([
  z.object({ registrationId: z.uuid() }).strict(),
  z.object({ personId: z.uuid() }).strict(),
  z.object({ code: checkInCodeSchema }).strict(),
  z.object({ person: createPersonBodySchema }).strict(),
]);
export type CheckInBody = z.infer<typeof checkInBodySchema>;

export const importQuerySchema = z.object({
  dryRun: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
});
export type ImportQuery = z.infer<typeof importQuerySchema>;

export const importResultSchema = z.object({
  rows: z.number().int(),
  /** Registrations made (or that would be made in a dry run). */
  created: z.number().int(),
  /** How many of those reused a person already in the registry. */
  matchedExisting: z.number().int(),
  /** Rows skipped because that person was registered already. */
  alreadyRegistered: z.number().int(),
  dryRun: z.boolean(),
});
export type ImportResult = z.infer<typeof importResultSchema>;

export const importRowErrorSchema = z.object({
  /** As in the file: the header is row 1. */
  row: z.number().int(),
  column: z.string(),
  message: z.string(),
});
export type ImportRowError = z.infer<typeof importRowErrorSchema>;

/** The import's columns: field name, Vietnamese header of the template, English header. */
export const importColumns = [
  { field: 'fullName', vi: 'Họ và tên', en: 'Full name', required: true },
  { field: 'gender', vi: 'Giới tính', en: 'Gender', required: true },
  { field: 'birthYear', vi: 'Năm sinh', en: 'Birth year', required: true },
  { field: 'phone', vi: 'Số điện thoại', en: 'Phone', required: false },
  { field: 'communeCode', vi: 'Mã xã', en: 'Commune code', required: true },
  { field: 'group', vi: 'Nhóm đối tượng', en: 'Group', required: true },
  { field: 'organizationId', vi: 'Mã tổ chức', en: 'Organization id', required: false },
] as const;
export type ImportField = (typeof importColumns)[number]['field'];
