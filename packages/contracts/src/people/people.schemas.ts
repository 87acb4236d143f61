import { z } from 'zod';
import { adminUnitCodeSchema, communeGivenSchema } from '../admin-units/admin-units.schemas';
import { pageQuerySchema, pageSchema } from '../common/paging.schemas';
import { nameProblem, normalizeText, searchTextSchema } from '../common/text';

export const genders = ['male', 'female', 'other'] as const;
export const genderSchema = z.enum(genders, { message: 'Giới tính phải là Nam, Nữ hoặc Khác' });
export type Gender = z.infer<typeof genderSchema>;

export const participantGroups = [
  'farmer',
  'veteran',
  'elderly',
  'student',
  'worker',
  'civil_servant',
  'other',
] as const;
export const participantGroupSchema = z.enum(participantGroups, {
  message: 'Nhóm đối tượng không hợp lệ',
});
export type ParticipantGroup = z.infer<typeof participantGroupSchema>;

/** The Vietnamese labels of the codes, as the import template and the UI show them. */
export const genderLabels: Record<Gender, string> = { male: 'Nam', female: 'Nữ', other: 'Khác' };
export const participantGroupLabels: Record<ParticipantGroup, string> = {
  farmer: 'Nông dân',
  veteran: 'Cựu chiến binh',
  elderly: 'Người cao tuổi',
  student: 'Học sinh, sinh viên',
  worker: 'Công nhân',
  civil_servant: 'Cán bộ, công chức',
  other: 'Khác',
};

export const consentSources = ['paper_form', 'in_person', 'import'] as const;
export const consentSourceSchema = z.enum(consentSources);
export type ConsentSource = z.infer<typeof consentSourceSchema>;

/** Vietnamese mobile prefixes (since the 2018 renumbering): 03x, 05x, 07x, 08x, 09x. */
const MOBILE = /^0(3[2-9]|5[25689]|7[06-9]|8[1-9]|9\d)\d{7}$/u;

/**
 * Normalizes a phone number to the national form 0xxxxxxxxx, accepting +84 / 84, spaces, dots,
 * dashes and parentheses. Returns undefined when it is not a Vietnamese mobile number.
 */
export function normalizePhone(raw: string): string | undefined {
  let digits = raw.normalize('NFKC').replace(/[\s.\-()\u00a0]/gu, '');
  if (digits.startsWith('+84')) digits = `0${digits.slice(3)}`;
  else if (digits.startsWith('0084')) digits = `0${digits.slice(4)}`;
  else if (digits.startsWith('84') && digits.length === 11) digits = `0${digits.slice(2)}`;
  return MOBILE.test(digits) ? digits : undefined;
}

export const PHONE_MESSAGE =
  'Số điện thoại di động không hợp lệ (ví dụ 0912 345 678 hoặc +84 912 345 678)';

export const phoneSchema = z
  .string()
  .max(30, { message: PHONE_MESSAGE })
  .transform((value, ctx) => {
    if (value.trim() === '') return null;
    const phone = normalizePhone(value);
    if (!phone) {
      ctx.addIssue({ code: 'custom', message: PHONE_MESSAGE });
      return z.NEVER;
    }
    return phone;
  });

export const fullNameSchema = z
  .string({ message: 'Hãy nhập họ và tên' })
  .superRefine((value, ctx) => {
    const problem = nameProblem(value, 'Họ và tên');
    if (problem) ctx.addIssue({ code: 'custom', message: problem, abort: true });
  })
  .transform(normalizeText)
  .pipe(
    z
      .string()
      .min(2, { message: 'Họ và tên quá ngắn' })
      .max(120, { message: 'Họ và tên tối đa 120 ký tự' })
      .regex(/^[\p{L}\p{M}][\p{L}\p{M} .'-]*$/u, {
        message: 'Họ và tên chỉ gồm chữ cái, dấu cách, dấu chấm hoặc gạch nối',
      }),
  );

export const birthYearSchema = (now = new Date()) =>
  z.coerce
    .number({ message: 'Năm sinh phải là một số, ví dụ 1958' })
    .int({ message: 'Năm sinh phải là một số, ví dụ 1958' })
    .min(1900, { message: 'Năm sinh phải từ 1900' })
    .max(now.getFullYear(), { message: 'Năm sinh không được sau năm nay' });

const personFields = z.object({
  fullName: fullNameSchema,
  gender: genderSchema,
  birthYear: birthYearSchema(),
  phone: phoneSchema.nullish().transform((v) => v ?? null),
  /** Today's code, or a former code or name: the answer carries today's code. */
  communeCode: communeGivenSchema,
  organizationId: z
    .uuid()
    .nullish()
    .transform((v) => v ?? null),
  group: participantGroupSchema,
});

export const createPersonBodySchema = personFields
  .extend({
    consent: z.literal(true, { message: 'Cần có sự đồng ý của người tham gia để lưu thông tin' }),
    consentSource: consentSourceSchema.exclude(['import']).default('paper_form'),
  })
  .strict();
export type CreatePersonBody = z.infer<typeof createPersonBodySchema>;
export type CreatePersonInput = z.input<typeof createPersonBodySchema>;

export const updatePersonBodySchema = personFields
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, { message: 'Không có gì để cập nhật' });
export type UpdatePersonBody = z.infer<typeof updatePersonBodySchema>;

export const personSchema = z.object({
  id: z.uuid(),
  /** Null once the person's data has been erased. */
  fullName: z.string().nullable(),
  gender: genderSchema,
  birthYear: z.number().int().nullable(),
  /** Shown in full only to roles that need it; otherwise masked (09******78) or null. */
  phone: z.string().nullable(),
  communeCode: z.string(),
  organizationId: z.uuid().nullable(),
  group: participantGroupSchema,
  consentAt: z.iso.datetime({ offset: true }).nullable(),
  consentSource: consentSourceSchema.nullable(),
  erased: z.boolean(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type Person = z.infer<typeof personSchema>;

export const listPeopleQuerySchema = pageQuerySchema.extend({
  /** Accent- and case-insensitive: "nguyen thi huong" finds "Nguyễn Thị Hương"; digits search phones. */
  q: searchTextSchema(120),
  communeCode: adminUnitCodeSchema.optional(),
  organizationId: z.uuid().optional(),
  birthYear: z.coerce.number().int().min(1900).max(2100).optional(),
});
export type ListPeopleQuery = z.infer<typeof listPeopleQuerySchema>;
export const personPageSchema = pageSchema(personSchema);

export const retentionStatusSchema = z.object({
  /** 0 when retention is off. */
  retentionYears: z.number().int(),
  /** People the next run would anonymize. */
  eligible: z.number().int(),
});
export type RetentionStatus = z.infer<typeof retentionStatusSchema>;
export const retentionRunSchema = z.object({ anonymized: z.number().int() });
export type RetentionRun = z.infer<typeof retentionRunSchema>;
