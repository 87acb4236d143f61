import { z } from 'zod';
import { searchTextSchema, textSchema } from '../common/text';
import { pageQuerySchema, pageSchema } from '../common/paging.schemas';
import { adminUnitCodeSchema } from '../admin-units/admin-units.schemas';

export const organizationKinds = [
  'farmers_association',
  'veterans_association',
  'womens_union',
  'youth_union',
  'peoples_committee',
  'school',
  'enterprise',
  'agency',
  'other',
] as const;
export const organizationKindSchema = z.enum(organizationKinds);
export type OrganizationKind = z.infer<typeof organizationKindSchema>;

export const organizationSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: organizationKindSchema,
  /** The district it worked in before 1/7/2025; none can be given since. */
  districtCode: z.string().nullable(),
  /** The organization it is a branch of (a commune branch of a provincial association). */
  parentId: z.uuid().nullable(),
  /** The commune (today's code) a branch works in; null at the province level. */
  communeCode: z.string().nullable(),
});
export type Organization = z.infer<typeof organizationSchema>;

export const createOrganizationBodySchema = z
  .object({
    name: textSchema(200),
    kind: organizationKindSchema,
    districtCode: adminUnitCodeSchema.nullish(),
    parentId: z.uuid().nullish(),
    communeCode: adminUnitCodeSchema.nullish(),
  })
  .strict();
export type CreateOrganizationBody = z.infer<typeof createOrganizationBodySchema>;

export const updateOrganizationBodySchema = createOrganizationBodySchema
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, { message: 'Không có gì để cập nhật' });
export type UpdateOrganizationBody = z.infer<typeof updateOrganizationBodySchema>;

export const listOrganizationsQuerySchema = pageQuerySchema.extend({
  q: searchTextSchema(200),
  kind: organizationKindSchema.optional(),
  districtCode: adminUnitCodeSchema.optional(),
  /** The branches of this organization (its direct children). */
  parentId: z.uuid().optional(),
  /** This organization and every branch under it. */
  within: z.uuid().optional(),
});
export type ListOrganizationsQuery = z.infer<typeof listOrganizationsQuerySchema>;

export const organizationPageSchema = pageSchema(organizationSchema);
