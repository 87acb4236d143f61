import { idParamSchema } from '../common/paging.schemas';
import { defineRoutes } from '../common/routes';
import {
  changeConferenceStatusBodySchema,
  conferencePageSchema,
  conferenceSchema,
  createConferenceBodySchema,
  listConferencesQuerySchema,
  updateConferenceBodySchema,
} from './conferences.schemas';

export const conferenceRoutes = defineRoutes('conferences', {
  list: {
    method: 'GET',
    path: '/conferences',
    query: listConferencesQuerySchema,
    response: conferencePageSchema,
  },
  /** 409 with `conflicts` when the venue or a trainer is booked at an overlapping time, unless `force`. */
  create: {
    method: 'POST',
    path: '/conferences',
    body: createConferenceBodySchema,
    response: conferenceSchema,
    status: 201,
  },
  get: {
    method: 'GET',
    path: '/conferences/:id',
    params: idParamSchema,
    response: conferenceSchema,
  },
  update: {
    method: 'PATCH',
    path: '/conferences/:id',
    params: idParamSchema,
    body: updateConferenceBodySchema,
    response: conferenceSchema,
  },
  /** planned → confirmed → held, or cancelled (with a reason); other moves are 409. */
  changeStatus: {
    method: 'POST',
    path: '/conferences/:id/status',
    params: idParamSchema,
    body: changeConferenceStatusBodySchema,
    response: conferenceSchema,
  },
});
