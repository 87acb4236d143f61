import { idParamSchema } from '../common/paging.schemas';
import { defineRoutes, mediaTypes } from '../common/routes';
import {
  channelsQuerySchema,
  channelsReportSchema,
  matrixQuerySchema,
  matrixSchema,
  planReportQuerySchema,
  planReportTextsSchema,
  putPlanReportTextsBodySchema,
} from './plan-results.schemas';
import {
  coverageQuerySchema,
  coverageReportSchema,
  dashboardQuerySchema,
  dashboardSchema,
} from './reports.schemas';

/** Aggregates only: no route here answers with a person. */
export const reportRoutes = defineRoutes('reports', {
  /** JSON, or by `format` a CSV (UTF-8 with BOM), an XLSX or a PDF. */
  coverage: {
    method: 'GET',
    path: '/reports/coverage',
    query: coverageQuerySchema,
    response: coverageReportSchema,
    produces: [mediaTypes.csv, mediaTypes.xlsx, mediaTypes.pdf],
  },
  dashboard: {
    method: 'GET',
    path: '/reports/dashboard',
    query: dashboardQuerySchema,
    response: dashboardSchema,
  },
  channels: {
    method: 'GET',
    path: '/reports/channels',
    query: channelsQuerySchema,
    response: channelsReportSchema,
    produces: [mediaTypes.xlsx],
  },
  matrix: {
    method: 'GET',
    path: '/reports/matrix',
    query: matrixQuerySchema,
    response: matrixSchema,
    produces: [mediaTypes.xlsx],
  },
  /** The results report (Decree 30/2020/NĐ-CP layout) for a period, as DOCX or PDF. */
  planReport: {
    method: 'GET',
    path: '/reports/plan-report',
    query: planReportQuerySchema,
    produces: [mediaTypes.docx, mediaTypes.pdf],
  },
  texts: {
    method: 'GET',
    path: '/campaigns/:id/report-texts',
    params: idParamSchema,
    response: planReportTextsSchema,
  },
  saveTexts: {
    method: 'PUT',
    path: '/campaigns/:id/report-texts',
    params: idParamSchema,
    body: putPlanReportTextsBodySchema,
    response: planReportTextsSchema,
  },
});
