import { defineRoutes } from '../common/routes';
import { healthSchema } from './health.schemas';

export const healthRoutes = defineRoutes('health', {
  get: { method: 'GET', path: '/health', response: healthSchema },
});
