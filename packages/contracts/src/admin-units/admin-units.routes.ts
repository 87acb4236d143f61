import { defineRoutes } from '../common/routes';
import {
  adminUnitCodeParamSchema,
  adminUnitHistorySchema,
  adminUnitListSchema,
  listAdminUnitsQuerySchema,
} from './admin-units.schemas';

export const adminUnitRoutes = defineRoutes('adminUnits', {
  list: {
    method: 'GET',
    path: '/admin-units',
    query: listAdminUnitsQuerySchema,
    response: adminUnitListSchema,
  },
  history: {
    method: 'GET',
    path: '/admin-units/:code/history',
    params: adminUnitCodeParamSchema,
    response: adminUnitHistorySchema,
  },
});
