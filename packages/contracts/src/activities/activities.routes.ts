import { idParamSchema } from '../common/paging.schemas';
import { defineRoutes } from '../common/routes';
import {
  activityDetailSchema,
  activityImportResultSchema,
  activityPageSchema,
  activitySchema,
  createActivityBodySchema,
  listActivitiesQuerySchema,
  updateActivityBodySchema,
} from './activities.schemas';

export const activityRoutes = defineRoutes('activities', {
  list: {
    method: 'GET',
    path: '/campaigns/:id/activities',
    params: idParamSchema,
    query: listActivitiesQuerySchema,
    response: activityPageSchema,
  },
  create: {
    method: 'POST',
    path: '/campaigns/:id/activities',
    params: idParamSchema,
    body: createActivityBodySchema,
    response: activitySchema,
    status: 201,
  },
  /** CSV or XLSX in the multipart field `file`, Vietnamese headers; all or nothing. */
  import: {
    method: 'POST',
    path: '/campaigns/:id/activities/import',
    params: idParamSchema,
    body: 'multipart',
    response: activityImportResultSchema,
  },
  get: {
    method: 'GET',
    path: '/activities/:id',
    params: idParamSchema,
    response: activityDetailSchema,
  },
  update: {
    method: 'PATCH',
    path: '/activities/:id',
    params: idParamSchema,
    body: updateActivityBodySchema,
    response: activitySchema,
  },
  delete: { method: 'DELETE', path: '/activities/:id', params: idParamSchema, status: 204 },
});
