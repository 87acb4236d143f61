import { defineRoutes } from '../common/routes';
import { auditPageSchema, listAuditQuerySchema } from './audit.schemas';

export const auditRoutes = defineRoutes('audit', {
  list: { method: 'GET', path: '/audit', query: listAuditQuerySchema, response: auditPageSchema },
});
