import { createBrowserRouter, type RouteObject } from 'react-router';
import { PageLoading } from '../components/page-loading';
import type { Permission } from '../lib/permissions';
import { HomeRedirect } from './auth/home-redirect';
import { RequireAuth } from './auth/require-auth';
import { RequirePermission } from './auth/require-permission';
import { AppLayout } from './layout/app-layout';
import { paths } from '../lib/paths';
import { NotFoundRoute } from './routes/not-found';
import { RouteError } from './routes/route-error';

/** A page only some roles may use: the guard shows the others a "no permission" page. */
function guarded(permission: Permission, page: RouteObject): RouteObject {
  return { element: <RequirePermission permission={permission} />, children: [page] };
}

/** Pages are loaded on first visit (their own chunks), so the first load holds only the shell. */
export const routes: RouteObject[] = [
  {
    path: paths.login,
    errorElement: <RouteError />,
    hydrateFallbackElement: <PageLoading />,
    lazy: async () => {
      const { LoginRoute } = await import('./routes/login');
      return { Component: LoginRoute };
    },
  },
  {
    // Public: anyone holding a certificate checks it here, without an account.
    path: paths.verify,
    errorElement: <RouteError />,
    hydrateFallbackElement: <PageLoading />,
    lazy: async () => {
      const { VerifyRoute } = await import('./routes/verify');
      return { Component: VerifyRoute };
    },
  },
  {
    // Check-in from the list on the device: opens offline, and with an expired session.
    path: paths.offlineCheckIn,
    errorElement: <RouteError />,
    hydrateFallbackElement: <PageLoading />,
    lazy: async () => {
      const { OfflineCheckInRoute } = await import('./routes/offline-check-in');
      return { Component: OfflineCheckInRoute };
    },
  },
  {
    element: <RequireAuth />,
    errorElement: <RouteError />,
    hydrateFallbackElement: <PageLoading />,
    children: [
      {
        path: paths.home,
        element: <AppLayout />,
        children: [
          {
            // Errors of a page show inside the shell, so the navigation stays usable.
            errorElement: <RouteError />,
            children: [
              { index: true, element: <HomeRedirect /> },
              {
                path: paths.account,
                lazy: async () => {
                  const { AccountRoute } = await import('./routes/account');
                  return { Component: AccountRoute };
                },
              },
              guarded('reference.view', {
                path: paths.reference,
                lazy: async () => {
                  const { ReferenceRoute } = await import('./routes/reference');
                  return { Component: ReferenceRoute };
                },
              }),
              guarded('dashboard.view', {
                path: paths.dashboard,
                lazy: async () => {
                  const { DashboardRoute } = await import('./routes/dashboard');
                  return { Component: DashboardRoute };
                },
              }),
              guarded('leaflets.view', {
                path: paths.leaflets,
                lazy: async () => {
                  const { LeafletsRoute } = await import('./routes/leaflets');
                  return { Component: LeafletsRoute };
                },
              }),
              guarded('reports.view', {
                path: paths.reports,
                lazy: async () => {
                  const { ReportsRoute } = await import('./routes/reports');
                  return { Component: ReportsRoute };
                },
              }),
              guarded('campaigns.view', {
                path: paths.campaigns,
                lazy: async () => {
                  const { CampaignsRoute } = await import('./routes/campaigns');
                  return { Component: CampaignsRoute };
                },
              }),
              guarded('campaigns.view', {
                path: paths.campaign,
                lazy: async () => {
                  const { CampaignRoute } = await import('./routes/campaign');
                  return { Component: CampaignRoute };
                },
              }),
              guarded('conferences.view', {
                path: paths.conferences,
                lazy: async () => {
                  const { ConferencesRoute } = await import('./routes/conferences');
                  return { Component: ConferencesRoute };
                },
              }),
              guarded('conferences.view', {
                path: paths.conference,
                lazy: async () => {
                  const { ConferenceRoute } = await import('./routes/conference');
                  return { Component: ConferenceRoute };
                },
              }),
              guarded('attendance.view', {
                path: paths.checkIn,
                lazy: async () => {
                  const { CheckInRoute } = await import('./routes/check-in');
                  return { Component: CheckInRoute };
                },
              }),
              guarded('people.view', {
                path: paths.people,
                lazy: async () => {
                  const { PeopleRoute } = await import('./routes/people');
                  return { Component: PeopleRoute };
                },
              }),
              guarded('certificates.view', {
                path: paths.certificates,
                lazy: async () => {
                  const { CertificatesRoute } = await import('./routes/certificates');
                  return { Component: CertificatesRoute };
                },
              }),
              guarded('users.manage', {
                path: paths.users,
                lazy: async () => {
                  const { UsersRoute } = await import('./routes/users');
                  return { Component: UsersRoute };
                },
              }),
              guarded('audit.view', {
                path: paths.audit,
                lazy: async () => {
                  const { AuditRoute } = await import('./routes/audit');
                  return { Component: AuditRoute };
                },
              }),
              { path: '*', element: <NotFoundRoute /> },
            ],
          },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
