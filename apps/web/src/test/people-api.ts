import type { Role } from '@canhgiac/contracts';
import { mockConferenceApi } from './conference-api';
import { page } from './conference-fixtures';
import { districts, haiHauCommunes } from './fixtures';
import type { Handler } from './mock-api';
import { people } from './people-fixtures';

type Routes = Record<string, Handler>;

/**
 * Conferences, reference data (every commune of Hải Hậu also without `parentCode`, as pickers
 * load them) and the people registry, as a signed-in `role` sees them.
 */
export function mockPeopleApi(extra: Routes = {}, role: Role = 'staff') {
  return mockConferenceApi(
    {
      'GET /api/admin-units': (request) => {
        if (request.query.get('level') === 'district') return { body: districts };
        const parentCode = request.query.get('parentCode');
        return {
          body: parentCode
            ? haiHauCommunes.filter((unit) => unit.parentCode === parentCode)
            : haiHauCommunes,
        };
      },
      'GET /api/people': (request) => ({ body: page(people, request) }),
      'GET /api/people/:id': (_request, params) => {
        const found = people.find((person) => person.id === params.id);
        return found
          ? { body: found }
          : {
              status: 404,
              body: { statusCode: 404, error: 'Not Found', message: 'Không tìm thấy' },
            };
      },
      ...extra,
    },
    role,
  );
}
