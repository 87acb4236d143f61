import type { Role } from '@canhgiac/contracts';
import { campaign, conferences, page, progress } from './conference-fixtures';
import { mockReferenceApi } from './reference-api';

type Routes = Parameters<typeof mockReferenceApi>[0];

/** Campaigns and conferences (with the reference data) as a signed-in `role` sees them. */
export function mockConferenceApi(extra: Routes = {}, role: Role = 'staff') {
  return mockReferenceApi(
    {
      'GET /api/campaigns': (request) => ({ body: page([campaign], request) }),
      'GET /api/campaigns/:id': () => ({ body: campaign }),
      'GET /api/campaigns/:id/progress': () => ({ body: progress }),
      'GET /api/conferences': (request) => ({ body: page(conferences, request) }),
      'GET /api/conferences/:id': (_request, params) => {
        const found = conferences.find((conference) => conference.id === params.id);
        return found
          ? { body: found }
          : {
              status: 404,
              body: { statusCode: 404, error: 'Not Found', message: 'Không tìm thấy hội nghị' },
            };
      },
      ...extra,
    },
    { role },
  );
}
