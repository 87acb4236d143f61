import { idParamSchema } from '../common/paging.schemas';
import { defineRoutes, mediaTypes } from '../common/routes';
import {
  certificateListSchema,
  certificateSchema,
  certificateSummaryQuerySchema,
  certificateSummarySchema,
  issueCertificatesResultSchema,
  issuePreviewSchema,
  revokeCertificateBodySchema,
  verifyCodeParamSchema,
  verifyResultSchema,
} from './certificates.schemas';

export const certificateRoutes = defineRoutes('certificates', {
  issue: {
    method: 'POST',
    path: '/conferences/:id/certificates',
    params: idParamSchema,
    response: issueCertificatesResultSchema,
  },
  /** What issuing would do now, to show before it is confirmed; nothing is numbered. */
  issuePreview: {
    method: 'GET',
    path: '/conferences/:id/certificates/issue-preview',
    params: idParamSchema,
    response: issuePreviewSchema,
  },
  list: {
    method: 'GET',
    path: '/conferences/:id/certificates',
    params: idParamSchema,
    response: certificateListSchema,
  },
  /** Every valid certificate of the conference, one A4 landscape page each. */
  batchPdf: {
    method: 'GET',
    path: '/conferences/:id/certificates.pdf',
    params: idParamSchema,
    produces: [mediaTypes.pdf],
  },
  pdf: {
    method: 'GET',
    path: '/certificates/:id.pdf',
    params: idParamSchema,
    produces: [mediaTypes.pdf],
  },
  get: {
    method: 'GET',
    path: '/certificates/:id',
    params: idParamSchema,
    response: certificateSchema,
  },
  revoke: {
    method: 'POST',
    path: '/certificates/:id/revoke',
    params: idParamSchema,
    body: revokeCertificateBodySchema,
    response: certificateSchema,
  },
  reissue: {
    method: 'POST',
    path: '/certificates/:id/reissue',
    params: idParamSchema,
    response: certificateSchema,
    status: 201,
  },
  /**
   * The held conferences, newest first, each with its eligible participants and its
   * certificates issued, still to issue and revoked; totals over all of them. By `format`, an
   * Excel workbook of every row. Counts only: leaders may read it too.
   */
  summary: {
    method: 'GET',
    path: '/certificate-summary',
    query: certificateSummaryQuerySchema,
    response: certificateSummarySchema,
    produces: [mediaTypes.xlsx],
  },
  /** Public: what a QR code on a certificate leads to. */
  verify: {
    method: 'GET',
    path: '/public/verify/:verifyCode',
    params: verifyCodeParamSchema,
    response: verifyResultSchema,
  },
});
