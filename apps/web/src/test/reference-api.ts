import type { Role } from '@canhgiac/contracts';
import { mockAppApi } from './app-api';
import { districts, haiHauCommunes, organizations } from './fixtures';
import type { Handler } from './mock-api';

type Routes = Record<string, Handler>;

/** `GET /api/organizations`: the fixtures, one page. */
export const organizationsRoute: Handler = (request) => ({
  body: {
    items: organizations,
    total: organizations.length,
    page: Number(request.query.get('page')),
    pageSize: Number(request.query.get('pageSize')),
  },
});

/** The reference endpoints (districts, communes, organizations) answering with the fixtures. */
export const referenceRoutes: Routes = {
  'GET /api/admin-units': (request) => {
    const level = request.query.get('level');
    if (level === 'district') return { body: districts };
    const parentCode = request.query.get('parentCode');
    return { body: haiHauCommunes.filter((unit) => unit.parentCode === parentCode) };
  },
  'GET /api/organizations': organizationsRoute,
};

/** The endpoints the reference page reads, for a signed-in `role` (staff unless told). */
export function mockReferenceApi(extra: Routes = {}, options: { role?: Role | null } = {}) {
  return mockAppApi({ ...referenceRoutes, ...extra }, options);
}
