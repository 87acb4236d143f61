import { idParamSchema } from '../common/paging.schemas';
import { defineRoutes } from '../common/routes';
import {
  createOrganizationBodySchema,
  listOrganizationsQuerySchema,
  organizationPageSchema,
  organizationSchema,
  updateOrganizationBodySchema,
} from './organizations.schemas';

export const organizationRoutes = defineRoutes('organizations', {
  list: {
    method: 'GET',
    path: '/organizations',
    query: listOrganizationsQuerySchema,
    response: organizationPageSchema,
  },
  create: {
    method: 'POST',
    path: '/organizations',
    body: createOrganizationBodySchema,
    response: organizationSchema,
    status: 201,
  },
  get: {
    method: 'GET',
    path: '/organizations/:id',
    params: idParamSchema,
    response: organizationSchema,
  },
  update: {
    method: 'PATCH',
    path: '/organizations/:id',
    params: idParamSchema,
    body: updateOrganizationBodySchema,
    response: organizationSchema,
  },
});
