import { idParamSchema } from '../common/paging.schemas';
import { defineRoutes } from '../common/routes';
import {
  createPersonBodySchema,
  listPeopleQuerySchema,
  personPageSchema,
  personSchema,
  retentionRunSchema,
  retentionStatusSchema,
  updatePersonBodySchema,
} from './people.schemas';

export const peopleRoutes = defineRoutes('people', {
  list: {
    method: 'GET',
    path: '/people',
    query: listPeopleQuerySchema,
    response: personPageSchema,
  },
  create: {
    method: 'POST',
    path: '/people',
    body: createPersonBodySchema,
    response: personSchema,
    status: 201,
  },
  get: { method: 'GET', path: '/people/:id', params: idParamSchema, response: personSchema },
  update: {
    method: 'PATCH',
    path: '/people/:id',
    params: idParamSchema,
    body: updatePersonBodySchema,
    response: personSchema,
  },
  /** Erases the person's personal data (the right to erasure); counts stay. */
  erase: { method: 'DELETE', path: '/people/:id', params: idParamSchema, status: 204 },
});

export const retentionRoutes = defineRoutes('retention', {
  status: { method: 'GET', path: '/privacy/retention', response: retentionStatusSchema },
  run: { method: 'POST', path: '/privacy/retention/run', response: retentionRunSchema },
});
