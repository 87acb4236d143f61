import { z } from 'zod';
import { adminUnitCodeSchema } from '../admin-units/admin-units.schemas';
import { isoDateSchema, pageQuerySchema, pageSchema } from '../common/paging.schemas';
import { normalizeText, textSchema } from '../common/text';

const quantitySchema = z
  .number({ message: 'Số lượng phải là một số' })
  .int({ message: 'Số lượng phải là số nguyên' })
  .positive({ message: 'Số lượng phải lớn hơn 0' })
  .max(10_000_000, { message: 'Số lượng quá lớn' });

const noteSchema = z.string().max(1000).transform(normalizeText).pipe(z.string()).nullish();

export const leafletBatchSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  quantity: z.number().int(),
  receivedOn: z.string(),
  campaignId: z.uuid().nullable(),
  note: z.string().nullable(),
  /** Sum of planned and delivered allocations (cancelled ones return to stock). */
  allocated: z.number().int(),
  delivered: z.number().int(),
  available: z.number().int(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type LeafletBatch = z.infer<typeof leafletBatchSchema>;
export const leafletBatchPageSchema = pageSchema(leafletBatchSchema);

export const createLeafletBatchBodySchema = z
  .object({
    title: textSchema(300),
    quantity: quantitySchema,
    receivedOn: isoDateSchema,
    campaignId: z.uuid().nullish(),
    note: noteSchema,
  })
  .strict();
export type CreateLeafletBatchBody = z.infer<typeof createLeafletBatchBodySchema>;

export const updateLeafletBatchBodySchema = z
  .object({
    title: textSchema(300),
    quantity: quantitySchema,
    receivedOn: isoDateSchema,
    note: noteSchema,
  })
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, { message: 'Không có gì để cập nhật' });
export type UpdateLeafletBatchBody = z.infer<typeof updateLeafletBatchBodySchema>;

export const listLeafletBatchesQuerySchema = pageQuerySchema.extend({
  campaignId: z.uuid().optional(),
});
export type ListLeafletBatchesQuery = z.infer<typeof listLeafletBatchesQuerySchema>;

export const recipientKinds = ['organization', 'commune', 'conference'] as const;
export const recipientKindSchema = z.enum(recipientKinds);
export type RecipientKind = z.infer<typeof recipientKindSchema>;

export const allocationStatuses = ['planned', 'delivered', 'cancelled'] as const;
export const allocationStatusSchema = z.enum(allocationStatuses);
export type AllocationStatus = z.infer<typeof allocationStatusSchema>;

export const leafletAllocationSchema = z.object({
  id: z.uuid(),
  batchId: z.uuid(),
  batchTitle: z.string(),
  /** The handover note's number, e.g. "12/BBBG-2026". */
  documentNumber: z.string(),
  quantity: z.number().int(),
  recipientKind: recipientKindSchema,
  organizationId: z.uuid().nullable(),
  communeCode: z.string().nullable(),
  conferenceId: z.uuid().nullable(),
  /** The recipient's name, whatever its kind. */
  recipientName: z.string(),
  /** The district of the allocation's day, before 1/7/2025 (printed on the handover note). */
  districtCode: z.string().nullable(),
  districtName: z.string().nullable(),
  /** Today's commune that covers where the leaflets went; null at the province level. */
  placeCode: z.string().nullable(),
  placeName: z.string().nullable(),
  note: z.string().nullable(),
  status: allocationStatusSchema,
  deliveredOn: z.string().nullable(),
  receivedBy: z.string().nullable(),
  cancelReason: z.string().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type LeafletAllocation = z.infer<typeof leafletAllocationSchema>;
export const leafletAllocationPageSchema = pageSchema(leafletAllocationSchema);
export const leafletAllocationListSchema = z.array(leafletAllocationSchema);

const oneRecipient = {
  check: (body: { organizationId?: unknown; communeCode?: unknown; conferenceId?: unknown }) =>
    [body.organizationId, body.communeCode, body.conferenceId].filter(
      (v) => v !== undefined && v !== null,
    ).length === 1,
  issue: {
    message: 'Hãy chọn đúng một nơi nhận: tổ chức, xã hoặc hội nghị',
    path: ['organizationId'],
  },
};

export const createLeafletAllocationBodySchema = z
  .object({
    quantity: quantitySchema,
    organizationId: z.uuid().nullish(),
    communeCode: adminUnitCodeSchema.nullish(),
    conferenceId: z.uuid().nullish(),
    note: noteSchema,
  })
  .strict()
  .refine(oneRecipient.check, oneRecipient.issue);
export type CreateLeafletAllocationBody = z.infer<typeof createLeafletAllocationBodySchema>;

export const deliverLeafletAllocationBodySchema = z
  .object({
    deliveredOn: isoDateSchema,
    receivedBy: textSchema(120),
  })
  .strict();
export type DeliverLeafletAllocationBody = z.infer<typeof deliverLeafletAllocationBodySchema>;

export const cancelLeafletAllocationBodySchema = z.object({ reason: textSchema(500, 3) }).strict();
export type CancelLeafletAllocationBody = z.infer<typeof cancelLeafletAllocationBodySchema>;

export const listLeafletAllocationsQuerySchema = pageQuerySchema.extend({
  batchId: z.uuid().optional(),
  recipientKind: recipientKindSchema.optional(),
  /** Today's commune the leaflets went to (see `placeCode`). */
  placeCode: adminUnitCodeSchema.optional(),
  status: allocationStatusSchema.optional(),
  conferenceId: z.uuid().optional(),
  organizationId: z.uuid().optional(),
});
export type ListLeafletAllocationsQuery = z.infer<typeof listLeafletAllocationsQuerySchema>;

/** Leaflets per commune of today's map; the row with a null code is the province level. */
export const leafletPlaceSummarySchema = z.object({
  rows: z.array(
    z.object({
      placeCode: z.string().nullable(),
      placeName: z.string(),
      allocated: z.number().int(),
      delivered: z.number().int(),
      allocations: z.number().int(),
    }),
  ),
  totals: z.object({
    quantity: z.number().int(),
    allocated: z.number().int(),
    delivered: z.number().int(),
    available: z.number().int(),
  }),
});
export type LeafletPlaceSummary = z.infer<typeof leafletPlaceSummarySchema>;
export const leafletSummaryQuerySchema = z.object({
  campaignId: z.uuid().optional(),
  batchId: z.uuid().optional(),
});
export type LeafletSummaryQuery = z.infer<typeof leafletSummaryQuerySchema>;
