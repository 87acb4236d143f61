import type { Role } from '@canhgiac/contracts';
import { campaign, conferences, page, progress } from './conference-fixtures';
import { mockReferenceApi } from './reference-api';

type Routes = Parameters<typeof mockReferenceApi>[0];

/** Campaigns and conferences (with the reference data) as a signed-in `role` sees them. */
export function mockConferenceApi(extra: Routes = {}, role: Role = 'staff') {
  return mockReferenceApi(
    {
      'campaigns.list': (request) => ({ body: page([campaign], request) }),
      'campaigns.get': () => ({ body: campaign }),
      'campaigns.progress': () => ({ body: progress }),
      'conferences.list': (request) => ({ body: page(conferences, request) }),
      'conferences.get': (_request, params) => {
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
