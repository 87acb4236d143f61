import { z } from 'zod';
import { isoDateSchema, pageQuerySchema, pageSchema } from '../common/paging.schemas';
import { normalizeText, textSchema } from '../common/text';

const target = (label: string) =>
  z
    .number({ message: `${label} phải là một số` })
    .int({ message: `${label} phải là số nguyên` })
    .min(0, { message: `${label} không được âm` })
    .max(10_000_000);

/** What the campaign's certificates print: issuing body, serial style, signer and place of issue. */
export const certificateSettingsSchema = z.object({
  /** The body above the issuer, e.g. "UBND TỈNH NAM ĐỊNH". */
  parentBody: textSchema(120),
  issuer: textSchema(160),
  /** Serials read "125/GCN-SKHCN-2025": number / suffix - year. */
  serialSuffix: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9Đ-]{1,30}$/u, {
      message: 'Ký hiệu số gồm chữ in hoa, số và dấu gạch ngang, ví dụ GCN-SKHCN',
    }),
  signerTitle: textSchema(120),
  signerName: z.string().max(120).transform(normalizeText).pipe(z.string()),
  issuePlace: textSchema(80),
});
export type CertificateSettings = z.infer<typeof certificateSettingsSchema>;

const campaignFields = z.object({
  name: textSchema(200),
  year: z
    .number()
    .int()
    .min(2000, { message: 'Năm không hợp lệ' })
    .max(2100, { message: 'Năm không hợp lệ' }),
  startsOn: isoDateSchema,
  endsOn: isoDateSchema,
  targetConferences: target('Chỉ tiêu hội nghị'),
  targetParticipants: target('Chỉ tiêu người tham dự'),
  targetLeaflets: target('Chỉ tiêu tờ rơi'),
});

const periodIsOrdered = {
  check: (c: { startsOn?: string; endsOn?: string }) =>
    !c.startsOn || !c.endsOn || c.startsOn <= c.endsOn,
  issue: { path: ['endsOn'], message: 'Ngày kết thúc phải sau ngày bắt đầu' },
};

export const campaignSchema = campaignFields.extend({
  id: z.uuid(),
  certificate: certificateSettingsSchema,
  createdAt: z.iso.datetime({ offset: true }),
});
export type Campaign = z.infer<typeof campaignSchema>;

export const createCampaignBodySchema = campaignFields
  .extend({ certificate: certificateSettingsSchema.partial().optional() })
  .strict()
  .refine(periodIsOrdered.check, periodIsOrdered.issue);
export type CreateCampaignBody = z.infer<typeof createCampaignBodySchema>;

export const updateCampaignBodySchema = campaignFields
  .partial()
  .extend({ certificate: certificateSettingsSchema.partial().optional() })
  .strict()
  .refine((body) => Object.keys(body).length > 0, { message: 'Không có gì để cập nhật' })
  .refine(periodIsOrdered.check, periodIsOrdered.issue);
export type UpdateCampaignBody = z.infer<typeof updateCampaignBodySchema>;

export const listCampaignsQuerySchema = pageQuerySchema.extend({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export type ListCampaignsQuery = z.infer<typeof listCampaignsQuerySchema>;
export const campaignPageSchema = pageSchema(campaignSchema);

/** How far a campaign is from its targets. */
export const campaignProgressSchema = z.object({
  campaignId: z.uuid(),
  conferences: z.object({
    target: z.number().int(),
    planned: z.number().int(),
    confirmed: z.number().int(),
    held: z.number().int(),
    cancelled: z.number().int(),
  }),
  communes: z.object({
    reached: z.number().int(),
    scheduled: z.number().int(),
    total: z.number().int(),
  }),
});
export type CampaignProgress = z.infer<typeof campaignProgressSchema>;
