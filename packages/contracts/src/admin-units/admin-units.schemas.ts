import { z } from 'zod';

export const adminUnitLevels = ['province', 'district', 'commune'] as const;
export const adminUnitLevelSchema = z.enum(adminUnitLevels);
export type AdminUnitLevel = z.infer<typeof adminUnitLevelSchema>;

/** An official GSO code: 2 digits for a province, 3 for a district, 5 for a commune. */
export const adminUnitCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{2,5}$/u, { message: 'Mã đơn vị hành chính gồm 2 đến 5 chữ số' });

export const adminUnitSchema = z.object({
  code: z.string(),
  name: z.string(),
  type: z.string(),
  level: adminUnitLevelSchema,
  parentCode: z.string().nullable(),
  population: z.number().int().nullable(),
});
export type AdminUnit = z.infer<typeof adminUnitSchema>;

export const listAdminUnitsQuerySchema = z.object({
  level: adminUnitLevelSchema.optional(),
  parentCode: adminUnitCodeSchema.optional(),
  /** The day the units are valid on (YYYY-MM-DD); today when absent. */
  on: z.iso.date().optional(),
});
export type ListAdminUnitsQuery = z.infer<typeof listAdminUnitsQuerySchema>;

export const adminUnitListSchema = z.array(adminUnitSchema);
