import { idParamSchema } from '../common/paging.schemas';
import { defineRoutes, mediaTypes } from '../common/routes';
import { createJobBodySchema, jobCreatedSchema, jobSchema } from './jobs.schemas';

/** Long work as jobs: visible to the user who asked and to admins. */
export const jobRoutes = defineRoutes('jobs', {
  create: {
    method: 'POST',
    path: '/jobs',
    body: createJobBodySchema,
    response: jobCreatedSchema,
    status: 202,
  },
  get: { method: 'GET', path: '/jobs/:id', params: idParamSchema, response: jobSchema },
  /** The file once the job is done; 409 before. */
  result: {
    method: 'GET',
    path: '/jobs/:id/result',
    params: idParamSchema,
    produces: [mediaTypes.pdf, mediaTypes.xlsx, mediaTypes.csv, mediaTypes.docx],
  },
});
