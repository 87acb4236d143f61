import { z } from 'zod';
import { communeGivenSchema, translatedCommuneSchema } from '../admin-units/admin-units.schemas';
import { foldText, searchTextSchema, textSchema } from '../common/text';
import { uuidSchema } from '../common/paging.schemas';
import {
  birthYearSchema,
  createPersonBodySchema,
  fullNameSchema,
  genderLabels,
  participantGroupLabels,
  personSchema,
  phoneSchema,
} from '../people/people.schemas';

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

/** Exactly one of the listed keys must be given. */
const exactlyOneOf = (keys: string[]) => ({
  check: (body: Record<string, unknown>) =>
    keys.filter((key) => body[key] !== undefined).length === 1,
  message: `Hãy gửi đúng một trong: ${keys.join(', ')}`,
});

const registerOne = exactlyOneOf(['personId', 'person']);
/** `{personId}` for someone in the registry, or `{person:{…}}` to register a new (or matching) person. */
export const createRegistrationBodySchema = z
  .object({ personId: z.uuid().optional(), person: createPersonBodySchema.optional() })
  .strict()
  .refine(registerOne.check, { message: registerOne.message });
export type CreateRegistrationBody = z.infer<typeof createRegistrationBodySchema>;

export const listRegistrationsQuerySchema = z.object({
  status: registrationStatusSchema.optional(),
  q: searchTextSchema(120),
  birthYear: z.coerce.number().int().min(1900).max(2100).optional(),
});
export type ListRegistrationsQuery = z.infer<typeof listRegistrationsQuerySchema>;

/** Check in by registration, by person, by the printed code, or a walk-in registered on the spot. */
const checkInOne = exactlyOneOf(['registrationId', 'personId', 'code', 'person']);
export const checkInBodySchema = z
  .object({
    registrationId: z.uuid().optional(),
    personId: z.uuid().optional(),
    code: checkInCodeSchema.optional(),
    person: createPersonBodySchema.optional(),
    /**
     * Check in before the conference's day, which is otherwise refused (409 CHECK_IN_BEFORE_DAY):
     * department staff only, with the reason, kept in the audit log.
     */
    earlyCheckIn: z
      .object({ reason: textSchema(500) })
      .strict()
      .optional(),
  })
  .strict()
  .refine(checkInOne.check, { message: checkInOne.message });
export type CheckInBody = z.infer<typeof checkInBodySchema>;

export const importQuerySchema = z.object({
  dryRun: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
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
  /**
   * Rows whose commune was a former code or name (before 1/7/2025), read as today's unit: the
   * first 1,000, with their total. Present only when there were some, so an import of today's
   * codes answers exactly as before.
   */
  translatedCommunes: z.array(translatedCommuneSchema).optional(),
  translatedCommunesTotal: z.number().int().optional(),
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

/** Accepts a code ("female") or its Vietnamese label ("Nữ", "nu"), case and accents ignored. */
function codeOrLabel<T extends string>(labels: Record<T, string>, message: string) {
  const byFolded = new Map<string, T>();
  for (const [code, label] of Object.entries(labels) as Array<[T, string]>) {
    byFolded.set(foldText(code), code);
    byFolded.set(foldText(label), code);
  }
  return z.string().transform((value, ctx) => {
    const code = byFolded.get(foldText(value));
    if (!code) {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    return code;
  });
}

/** One row of an import file, after the header has named its columns. */
export const importRowSchema = z.object({
  fullName: fullNameSchema,
  gender: codeOrLabel(genderLabels, 'Giới tính phải là Nam, Nữ hoặc Khác'),
  birthYear: birthYearSchema(),
  phone: phoneSchema.optional().transform((v) => v ?? null),
  /** Today's code, or a former code or name, read as today's unit. */
  communeCode: communeGivenSchema,
  group: codeOrLabel(
    participantGroupLabels,
    `Nhóm đối tượng phải là một trong: ${Object.values(participantGroupLabels).join('; ')}`,
  ),
  organizationId: z
    .string()
    .optional()
    .transform((v) => (v?.trim() ? v.trim() : null))
    .pipe(z.uuid({ message: 'Mã tổ chức không hợp lệ' }).nullable()),
});
export type ImportRow = z.infer<typeof importRowSchema>;

/** `:id` (the conference) and `:registrationId` of a registration's address. */
export const registrationParamSchema = z.object({ id: uuidSchema, registrationId: uuidSchema });
