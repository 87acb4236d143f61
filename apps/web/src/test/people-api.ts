import type { Role } from '@canhgiac/contracts';
import { REORGANIZATION_DAY } from '../components/commune-picker/commune-options';
import { mockConferenceApi } from './conference-api';
import { page } from './conference-fixtures';
import { districts, haiHauCommunes, todayCommunes } from './fixtures';
import type { Handlers } from './mock-api';
import { people } from './people-fixtures';

type Routes = Handlers;

/**
 * Conferences, reference data (every commune of Hải Hậu also without `parentCode`, as pickers
 * load them) and the people registry, as a signed-in `role` sees them.
 */
export function mockPeopleApi(extra: Routes = {}, role: Role = 'staff') {
  return mockConferenceApi(
    {
      'adminUnits.list': (request) => {
        if (request.query.get('level') === 'district') return { body: districts };
        const parentCode = request.query.get('parentCode');
        // The picker asks for the units of a day: today's are the communes since 1/7/2025.
        const on = request.query.get('on');
        if (!parentCode && on !== null && on >= REORGANIZATION_DAY) return { body: todayCommunes };
        return {
          body: parentCode
            ? haiHauCommunes.filter((unit) => unit.parentCode === parentCode)
            : haiHauCommunes,
        };
      },
      'people.list': (request) => ({ body: page(people, request) }),
      'people.get': (_request, params) => {
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
