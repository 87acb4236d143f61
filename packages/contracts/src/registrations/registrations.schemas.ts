import { z } from 'zod';
import { communeGivenSchema, translatedCommuneSchema } from '../admin-units/admin-units.schemas';
import { foldText, normalizeText, searchTextSchema, textSchema } from '../common/text';
import { uuidSchema } from '../common/paging.schemas';
import {
  birthYearSchema,
  createPersonBodySchema,
  fullNameSchema,
  type Gender,
  genderLabels,
  type ParticipantGroup,
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

/** A column of the file: its header as the file writes it, or its number (column A = 1). */
export const importColumnRefSchema = z.union([
  z.string().trim().min(1, { message: 'Tên cột không được để trống' }).max(200),
  z.number().int().min(1, { message: 'Số cột bắt đầu từ 1 (cột A)' }).max(16_384),
]);
export type ImportColumnRef = z.infer<typeof importColumnRefSchema>;

/**
 * Which column of the file holds each field, as the person importing chose it: the importer then
 * reads these columns and no others, instead of recognizing the header. The required fields must
 * be given, and no column twice.
 */
export const importColumnChoiceSchema = z
  .object({
    fullName: importColumnRefSchema.optional(),
    gender: importColumnRefSchema.optional(),
    birthYear: importColumnRefSchema.optional(),
    phone: importColumnRefSchema.optional(),
    communeCode: importColumnRefSchema.optional(),
    group: importColumnRefSchema.optional(),
    organizationId: importColumnRefSchema.optional(),
  })
  .strict()
  .superRefine((choice, ctx) => {
    for (const column of importColumns) {
      if (column.required && choice[column.field] === undefined)
        ctx.addIssue({
          code: 'custom',
          path: [column.field],
          message: `Chưa chọn cột cho "${column.vi}"`,
        });
    }
    const seen = new Map<string, string>();
    for (const column of importColumns) {
      const ref = choice[column.field];
      if (ref === undefined) continue;
      const key = typeof ref === 'number' ? `#${ref}` : headerKey(ref);
      const other = seen.get(key);
      if (other)
        ctx.addIssue({
          code: 'custom',
          path: [column.field],
          message: `Cột này đã được chọn cho "${other}": mỗi cột chỉ dùng cho một thông tin`,
        });
      else seen.set(key, column.vi);
    }
  });
export type ImportColumnChoice = z.infer<typeof importColumnChoiceSchema>;

/** `columns` of the import's query: the choice as JSON text (`{"fullName":"Tên người","communeCode":3}`). */
const importColumnChoiceQuerySchema = z
  .string()
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({
        code: 'custom',
        message: 'Cách chọn cột phải là một đối tượng JSON, ví dụ {"fullName":"Tên người"}',
      });
      return z.NEVER;
    }
  })
  .pipe(importColumnChoiceSchema);

export const importQuerySchema = z.object({
  dryRun: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /**
   * The organization the file's rows belong to, for the department's staff: required when some
   * row names none (the file has no organization column, or a blank cell in it). A coordinator's
   * rows always belong to the coordinator's organization.
   */
  organizationId: uuidSchema.optional(),
  /**
   * The columns chosen for the fields, as JSON (see `importColumnChoiceSchema`): for a header the
   * importer does not recognize. Without it, the header names the columns.
   */
  columns: importColumnChoiceQuerySchema.optional(),
});
export type ImportQuery = z.infer<typeof importQuerySchema>;

/** The annotated copy is read as a dry run reads the file: the same organization, if any. */
export const importAnnotatedQuerySchema = importQuerySchema.pick({
  organizationId: true,
  columns: true,
});

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
   * The file has no organization column and the request named none: the rows belong to no
   * organization. Present only then; the web asks the department whose list it is.
   */
  organizationMissing: z.literal(true).optional(),
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

/** How many rows below the header a failed header shows, for choosing the columns. */
export const IMPORT_SAMPLE_ROWS = 5;

/**
 * The header the importer could not read, with what is needed to choose the columns by hand:
 * its cells, the columns it recognized (numbered from 1), and the first rows below it.
 */
export const importHeaderSchema = z.object({
  /** As in the file: the first row is 1. */
  row: z.number().int(),
  cells: z.array(z.string()),
  /** The column number (A = 1) of each field the header names. */
  recognized: z.partialRecord(
    z.enum(['fullName', 'gender', 'birthYear', 'phone', 'communeCode', 'group', 'organizationId']),
    z.number().int(),
  ),
  /** The first non-blank rows below the header, at most `IMPORT_SAMPLE_ROWS`, cells shortened. */
  sample: z.array(z.array(z.string())),
});
export type ImportHeader = z.infer<typeof importHeaderSchema>;

/**
 * The import's columns: field name, Vietnamese header of the template (the label every message
 * uses), English header, and the other headers coordinators' own lists give the column. Headers
 * are matched by `headerKey`: accents, case, spaces and punctuation ignored.
 */
export const importColumns = [
  {
    field: 'fullName',
    vi: 'Họ và tên',
    en: 'Full name',
    required: true,
    aliases: [
      'Họ tên',
      'Tên',
      'Họ và tên đệm',
      'Họ, tên',
      'Tên thành viên',
      'Tên hội viên',
      'Name',
    ],
  },
  {
    field: 'gender',
    vi: 'Giới tính',
    en: 'Gender',
    required: true,
    aliases: ['Giới', 'Nam/Nữ', 'Nam nữ', 'Sex'],
  },
  {
    field: 'birthYear',
    vi: 'Năm sinh',
    en: 'Birth year',
    required: true,
    aliases: ['Sinh năm', 'Ngày sinh', 'Ngày tháng năm sinh', 'Year of birth'],
  },
  {
    field: 'phone',
    vi: 'Số điện thoại',
    en: 'Phone',
    required: false,
    aliases: [
      'SĐT',
      'SDT',
      'Số ĐT',
      'ĐT',
      'Điện thoại',
      'Điện thoại di động',
      'Di động',
      'Phone number',
    ],
  },
  {
    field: 'communeCode',
    vi: 'Mã xã',
    en: 'Commune code',
    required: true,
    aliases: [
      'Xã',
      'Phường',
      'Xã/phường',
      'Phường/xã',
      'Xã, phường',
      'Xã/phường/thị trấn',
      'Xã, phường, thị trấn',
      'Xã/phường/đặc khu',
      'Tên xã',
      'Đơn vị hành chính',
      'Nơi ở',
      'Địa bàn',
      'Commune',
    ],
  },
  {
    field: 'group',
    vi: 'Nhóm đối tượng',
    en: 'Group',
    required: true,
    aliases: ['Đối tượng', 'Nhóm', 'Thành phần', 'Nghề nghiệp'],
  },
  {
    field: 'organizationId',
    vi: 'Tổ chức',
    en: 'Organization',
    required: false,
    aliases: ['Mã tổ chức', 'Hội', 'Đơn vị', 'Chi hội', 'Organization id'],
  },
] as const;
export type ImportField = (typeof importColumns)[number]['field'];

/** A header as matched: folded (no accents, lower case) with no spaces or punctuation. "Số ĐT." → "sodt". */
export function headerKey(header: string): string {
  return foldText(header).replace(/[^\p{L}\p{N}]/gu, '');
}

/** How people write each gender besides its label. */
export const genderSynonyms: Record<Gender, readonly string[]> = {
  male: ['M', 'Nam giới', 'Trai', 'Ông', 'Male'],
  female: ['F', 'Nữ giới', 'Gái', 'Bà', 'Female'],
  other: ['Khác', 'Other'],
};

/** How people write each group besides its label. */
export const participantGroupSynonyms: Record<ParticipantGroup, readonly string[]> = {
  farmer: ['Nông dân', 'Hội viên nông dân', 'Làm ruộng', 'Nông nghiệp', 'ND'],
  veteran: ['Cựu chiến binh', 'CCB', 'Hội viên cựu chiến binh', 'Cựu quân nhân'],
  elderly: ['Người cao tuổi', 'NCT', 'Cao tuổi', 'Hưu trí'],
  student: ['Học sinh', 'Sinh viên', 'HS', 'SV', 'HSSV', 'Học sinh sinh viên'],
  worker: ['Công nhân', 'CN', 'Người lao động', 'Lao động'],
  civil_servant: [
    'Cán bộ',
    'Công chức',
    'Viên chức',
    'CBCC',
    'Cán bộ công chức',
    'Cán bộ, công chức, viên chức',
  ],
  other: ['Khác'],
};

/** Distinct cell texts a word column remembers how it read; past that, each is folded again. */
const WORDS_REMEMBERED = 1000;

/** Accepts a code ("female"), its Vietnamese label ("Nữ", "nu") or a synonym ("F", "Nữ giới"), case and accents ignored. */
function codeOrLabel<T extends string>(
  labels: Record<T, string>,
  synonyms: Record<T, readonly string[]>,
  message: string,
) {
  const byKey = new Map<string, T>();
  for (const [code, label] of Object.entries(labels) as Array<[T, string]>) {
    for (const name of [code, label, ...synonyms[code]]) byKey.set(headerKey(name), code);
  }
  // A file repeats a handful of words row after row: each is folded once.
  const read = new Map<string, T | undefined>();
  return z.string().transform((value, ctx) => {
    let code = read.get(value);
    if (code === undefined && !read.has(value)) {
      code = byKey.get(headerKey(value));
      if (read.size < WORDS_REMEMBERED) read.set(value, code);
    }
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
  gender: codeOrLabel(genderLabels, genderSynonyms, 'Giới tính phải là Nam, Nữ hoặc Khác'),
  birthYear: birthYearSchema(),
  phone: phoneSchema.optional().transform((v) => v ?? null),
  /** Today's code, or a former code or name, read as today's unit. */
  communeCode: communeGivenSchema,
  group: codeOrLabel(
    participantGroupLabels,
    participantGroupSynonyms,
    `Nhóm đối tượng phải là một trong: ${Object.values(participantGroupLabels).join('; ')}`,
  ),
  /** The organization's id, or its name as the organizations list writes it (accents and case ignored). */
  organizationId: z
    .string()
    .optional()
    .transform((v) => normalizeText(v ?? '') || null)
    .pipe(z.string().max(200, { message: 'Tên tổ chức tối đa 200 ký tự' }).nullable()),
});
export type ImportRow = z.infer<typeof importRowSchema>;

/** `:id` (the conference) and `:registrationId` of a registration's address. */
export const registrationParamSchema = z.object({ id: uuidSchema, registrationId: uuidSchema });
