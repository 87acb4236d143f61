import { idParamSchema } from '../common/paging.schemas';
import { defineRoutes } from '../common/routes';
import { putTargetsBodySchema, targetsSchema } from './targets.schemas';

export const targetRoutes = defineRoutes('targets', {
  get: {
    method: 'GET',
    path: '/campaigns/:id/targets',
    params: idParamSchema,
    response: targetsSchema,
  },
  /** Replaces the whole set in one transaction. */
  replace: {
    method: 'PUT',
    path: '/campaigns/:id/targets',
    params: idParamSchema,
    body: putTargetsBodySchema,
    response: targetsSchema,
  },
});
