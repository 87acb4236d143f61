import { idParamSchema, pageQuerySchema } from '../common/paging.schemas';
import { defineRoutes, mediaTypes } from '../common/routes';
import {
  cancelLeafletAllocationBodySchema,
  createLeafletAllocationBodySchema,
  createLeafletBatchBodySchema,
  deliverLeafletAllocationBodySchema,
  leafletAllocationPageSchema,
  leafletAllocationSchema,
  leafletBatchPageSchema,
  leafletBatchSchema,
  leafletPlaceSummarySchema,
  leafletSummaryQuerySchema,
  listLeafletAllocationsQuerySchema,
  listLeafletBatchesQuerySchema,
  updateLeafletBatchBodySchema,
} from './leaflets.schemas';

export const leafletRoutes = defineRoutes('leaflets', {
  listBatches: {
    method: 'GET',
    path: '/leaflet-batches',
    query: listLeafletBatchesQuerySchema,
    response: leafletBatchPageSchema,
  },
  createBatch: {
    method: 'POST',
    path: '/leaflet-batches',
    body: createLeafletBatchBodySchema,
    response: leafletBatchSchema,
    status: 201,
  },
  getBatch: {
    method: 'GET',
    path: '/leaflet-batches/:id',
    params: idParamSchema,
    response: leafletBatchSchema,
  },
  updateBatch: {
    method: 'PATCH',
    path: '/leaflet-batches/:id',
    params: idParamSchema,
    body: updateLeafletBatchBodySchema,
    response: leafletBatchSchema,
  },
  batchAllocations: {
    method: 'GET',
    path: '/leaflet-batches/:id/allocations',
    params: idParamSchema,
    query: pageQuerySchema,
    response: leafletAllocationPageSchema,
  },
  allocate: {
    method: 'POST',
    path: '/leaflet-batches/:id/allocations',
    params: idParamSchema,
    body: createLeafletAllocationBodySchema,
    response: leafletAllocationSchema,
    status: 201,
  },
  listAllocations: {
    method: 'GET',
    path: '/leaflet-allocations',
    query: listLeafletAllocationsQuerySchema,
    response: leafletAllocationPageSchema,
  },
  getAllocation: {
    method: 'GET',
    path: '/leaflet-allocations/:id',
    params: idParamSchema,
    response: leafletAllocationSchema,
  },
  deliver: {
    method: 'POST',
    path: '/leaflet-allocations/:id/deliver',
    params: idParamSchema,
    body: deliverLeafletAllocationBodySchema,
    response: leafletAllocationSchema,
  },
  cancel: {
    method: 'POST',
    path: '/leaflet-allocations/:id/cancel',
    params: idParamSchema,
    body: cancelLeafletAllocationBodySchema,
    response: leafletAllocationSchema,
  },
  /** The handover note ("Biên bản bàn giao"). */
  slip: {
    method: 'GET',
    path: '/leaflet-allocations/:id/slip.pdf',
    params: idParamSchema,
    produces: [mediaTypes.pdf],
  },
  summary: {
    method: 'GET',
    path: '/leaflets/summary',
    query: leafletSummaryQuerySchema,
    response: leafletPlaceSummarySchema,
  },
});
