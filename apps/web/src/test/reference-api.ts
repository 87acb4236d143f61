import { districts, haiHauCommunes, organizations } from './fixtures';
import { mockApi } from './mock-api';

/** The endpoints the reference page reads, answering with the fixtures. */
export function mockReferenceApi(extra: Parameters<typeof mockApi>[0] = {}) {
  return mockApi({
    'GET /api/admin-units': (request) => {
      const level = request.query.get('level');
      if (level === 'district') return { body: districts };
      const parentCode = request.query.get('parentCode');
      return { body: haiHauCommunes.filter((unit) => unit.parentCode === parentCode) };
    },
    'GET /api/organizations': (request) => ({
      body: {
        items: organizations,
        total: organizations.length,
        page: Number(request.query.get('page')),
        pageSize: Number(request.query.get('pageSize')),
      },
    }),
    ...extra,
  });
}
