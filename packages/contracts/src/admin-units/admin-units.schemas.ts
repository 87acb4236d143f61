import { z } from 'zod';

export const adminUnitLevels = ['province', 'district', 'commune'] as const;
export const adminUnitLevelSchema = z.enum(adminUnitLevels);
export type AdminUnitLevel = z.infer<typeof adminUnitLevelSchema>;

/** An official GSO code: 2 digits for a province, 3 for a district, 5 for a commune. */
export const adminUnitCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{2,5}$/u, { message: 'Mã đơn vị hành chính gồm 2 đến 5 chữ số' });

/**
 * A person's commune as people give it: today's code, or a former code or name ("Thị trấn Yên
 * Định", "yen dinh", "14224"). The API resolves it to the unit that covers it today.
 */
export const communeGivenSchema = z
  .string({ message: 'Hãy ghi mã hoặc tên xã, phường' })
  .trim()
  .min(1, { message: 'Hãy ghi mã hoặc tên xã, phường' })
  .max(120, { message: 'Tên xã, phường tối đa 120 ký tự' })
  .transform((value) => value.normalize('NFC'));

/** A former code or name an import met, and today's unit it was read as. */
export const translatedCommuneSchema = z.object({
  /** As in the file: the header is row 1. */
  row: z.number().int(),
  given: z.string(),
  code: z.string(),
  name: z.string(),
});
export type TranslatedCommune = z.infer<typeof translatedCommuneSchema>;

export const adminUnitSchema = z.object({
  code: z.string(),
  name: z.string(),
  type: z.string(),
  level: adminUnitLevelSchema,
  /** Since 1/7/2025 a commune's parent is its province. */
  parentCode: z.string().nullable(),
  /** The latest official figure loaded; null where none is known. */
  population: z.number().int().nullable(),
  areaKm2: z.number().nullable(),
  /** First day of validity (YYYY-MM-DD); null means since before the records begin. */
  validFrom: z.string().nullable(),
  /** Last day of validity (YYYY-MM-DD); null while still valid. */
  validTo: z.string().nullable(),
});
export type AdminUnit = z.infer<typeof adminUnitSchema>;

export const listAdminUnitsQuerySchema = z.object({
  level: adminUnitLevelSchema.optional(),
  /** Without it, districts and communes are those of the installation's province on that day. */
  parentCode: adminUnitCodeSchema.optional(),
  /** The day the units are valid on (YYYY-MM-DD); today when absent. */
  on: z.iso.date().optional(),
});
export type ListAdminUnitsQuery = z.infer<typeof listAdminUnitsQuerySchema>;

export const adminUnitListSchema = z.array(adminUnitSchema);

/** A unit a period came from, or went into, with the legal text that says so. */
const linkFields = {
  code: z.string(),
  name: z.string(),
  /** whole | part | remainder: how much of the former unit went into the successor. */
  extent: z.string(),
  legalBasis: z.string(),
};

export const adminUnitPeriodSchema = adminUnitSchema.extend({
  predecessors: z.array(z.object({ ...linkFields, validTo: z.string().nullable() })),
  successors: z.array(z.object({ ...linkFields, validFrom: z.string().nullable() })),
});
export type AdminUnitPeriod = z.infer<typeof adminUnitPeriodSchema>;

/** Every period of one code, oldest first: a code means nothing without a date. */
export const adminUnitHistorySchema = z.array(adminUnitPeriodSchema);
export type AdminUnitHistory = z.infer<typeof adminUnitHistorySchema>;

export const adminUnitCodeParamSchema = z.object({ code: adminUnitCodeSchema });
