import {
  rosterSchema,
  attendanceSyncBodySchema,
  attendanceSyncResultSchema,
} from '../attendance/attendance.schemas';
import { idParamSchema } from '../common/paging.schemas';
import { defineRoutes, mediaTypes } from '../common/routes';
import {
  checkInBodySchema,
  createRegistrationBodySchema,
  importAnnotatedQuerySchema,
  importQuerySchema,
  importResultSchema,
  listRegistrationsQuerySchema,
  registrationListSchema,
  registrationParamSchema,
  registrationSchema,
} from './registrations.schemas';

export const registrationRoutes = defineRoutes('registrations', {
  list: {
    method: 'GET',
    path: '/conferences/:id/registrations',
    params: idParamSchema,
    query: listRegistrationsQuerySchema,
    response: registrationListSchema,
  },
  create: {
    method: 'POST',
    path: '/conferences/:id/registrations',
    params: idParamSchema,
    body: createRegistrationBodySchema,
    response: registrationSchema,
    status: 201,
  },
  delete: {
    method: 'DELETE',
    path: '/conferences/:id/registrations/:registrationId',
    params: registrationParamSchema,
    status: 204,
  },
  /** CSV or XLSX in the multipart field `file`; all or nothing (422 with every row error). */
  import: {
    method: 'POST',
    path: '/conferences/:id/registrations/import',
    params: idParamSchema,
    query: importQuerySchema,
    body: 'multipart',
    response: importResultSchema,
  },
  /**
   * The file sent again, answered as an XLSX of the same rows under the original header, the
   * cells at fault filled red with a note giving the reason (as many as the import lists).
   */
  importAnnotated: {
    method: 'POST',
    path: '/conferences/:id/registrations/import/annotated.xlsx',
    params: idParamSchema,
    query: importAnnotatedQuerySchema,
    body: 'multipart',
    produces: [mediaTypes.xlsx],
  },
  template: {
    method: 'GET',
    path: '/conferences/:id/registrations/template.xlsx',
    params: idParamSchema,
    produces: [mediaTypes.xlsx],
  },
  rollCall: {
    method: 'GET',
    path: '/conferences/:id/roll-call.pdf',
    params: idParamSchema,
    produces: [mediaTypes.pdf],
  },
});

export const attendanceRoutes = defineRoutes('attendance', {
  /** `{registrationId}`, `{personId}`, `{code}` or a walk-in `{person:{…}}`; idempotent. */
  checkIn: {
    method: 'POST',
    path: '/conferences/:id/attendance',
    params: idParamSchema,
    body: checkInBodySchema,
    response: registrationSchema,
  },
  /** What a device needs to check people in with no network: no phone numbers. */
  roster: {
    method: 'GET',
    path: '/conferences/:id/roster',
    params: idParamSchema,
    response: rosterSchema,
  },
  /** A device's offline check-ins and walk-ins; one result per event, in order. */
  sync: {
    method: 'POST',
    path: '/conferences/:id/attendance/sync',
    params: idParamSchema,
    body: attendanceSyncBodySchema,
    response: attendanceSyncResultSchema,
  },
});
