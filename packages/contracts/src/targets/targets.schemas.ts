import { z } from 'zod';
import { adminUnitCodeSchema } from '../admin-units/admin-units.schemas';
import { uuidSchema } from '../common/paging.schemas';

const count = (label: string) =>
  z
    .number({ message: `${label} phải là một số` })
    .int({ message: `${label} phải là số nguyên` })
    .min(0, { message: `${label} không được âm` })
    .max(10_000_000, { message: `${label} quá lớn` });

/** A target for a commune, an organization, or an organization in a commune. */
export const targetItemBodySchema = z
  .object({
    communeCode: adminUnitCodeSchema.nullish(),
    organizationId: uuidSchema.nullish(),
    conferences: count('Chỉ tiêu hội nghị').nullish(),
    participants: count('Chỉ tiêu người tham dự').nullish(),
    leaflets: count('Chỉ tiêu tờ rơi').nullish(),
  })
  .strict()
  .refine((item) => item.communeCode || item.organizationId, {
    message: 'Cần chọn xã hoặc tổ chức',
  });
export type TargetItemBody = z.infer<typeof targetItemBodySchema>;

/** The whole set of a campaign's targets; it replaces the previous set. */
export const putTargetsBodySchema = z
  .object({
    items: z.array(targetItemBodySchema).max(20_000, { message: 'Tối đa 20.000 chỉ tiêu' }),
  })
  .strict()
  .superRefine((body, ctx) => {
    const seen = new Map<string, number>();
    body.items.forEach((item, index) => {
      const key = `${item.communeCode ?? ''}|${item.organizationId ?? ''}`;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, index);
      else
        ctx.addIssue({
          code: 'custom',
          path: ['items', index],
          message: `Trùng với chỉ tiêu ở dòng ${first + 1}`,
        });
    });
  });
export type PutTargetsBody = z.infer<typeof putTargetsBodySchema>;

export const targetItemSchema = z.object({
  communeCode: z.string().nullable(),
  communeName: z.string().nullable(),
  /** The day the commune code is read on: the campaign's first day. */
  communeValidOn: z.string().nullable(),
  organizationId: z.uuid().nullable(),
  organizationName: z.string().nullable(),
  conferences: z.number().int().nullable(),
  participants: z.number().int().nullable(),
  leaflets: z.number().int().nullable(),
});
export type TargetItem = z.infer<typeof targetItemSchema>;

export const targetsSchema = z.object({ campaignId: z.uuid(), items: z.array(targetItemSchema) });
export type Targets = z.infer<typeof targetsSchema>;
