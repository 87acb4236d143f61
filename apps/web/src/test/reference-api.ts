import type { Role } from '@canhgiac/contracts';
import { REORGANIZATION_DAY } from '../components/commune-picker/commune-options';
import { mockAppApi } from './app-api';
import { districts, haiHauCommunes, organizations, todayCommunes } from './fixtures';
import type { Handler, Handlers } from './mock-api';

type Routes = Handlers;

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
  'adminUnits.list': (request) => {
    const level = request.query.get('level');
    const on = request.query.get('on');
    const former = on !== null && on < REORGANIZATION_DAY;
    if (level === 'district') return { body: on === null || former ? districts : [] };
    const parentCode = request.query.get('parentCode');
    if (parentCode)
      return { body: haiHauCommunes.filter((unit) => unit.parentCode === parentCode) };
    // Without a parent: the province's communes of that day (today's unless a former day).
    return { body: former ? haiHauCommunes : todayCommunes };
  },
  'organizations.list': organizationsRoute,
};

/** The endpoints the reference page reads, for a signed-in `role` (staff unless told). */
export function mockReferenceApi(extra: Routes = {}, options: { role?: Role | null } = {}) {
  return mockAppApi({ ...referenceRoutes, ...extra }, options);
}
