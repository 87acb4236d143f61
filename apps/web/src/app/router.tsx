import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, type LoaderFunctionArgs, type RouteObject } from 'react-router';
import { PageLoading } from '../components/page-loading';
import { i18n } from '../i18n/i18n';
import type { Permission } from '../lib/permissions';
import { HomeRedirect } from './auth/home-redirect';
import { RequireAuth } from './auth/require-auth';
import { RequirePermission } from './auth/require-permission';
import { paths } from '../lib/paths';
import { LoginRoute } from './routes/login';
import { NotFoundRoute } from './routes/not-found';
import { RouteError } from './routes/route-error';

/** A page only some roles may use: the guard shows the others a "no permission" page. */
function guarded(permission: Permission, page: RouteObject): RouteObject {
  return { element: <RequirePermission permission={permission} />, children: [page] };
}

/**
 * The dashboard's figures are asked for while its code downloads: a route's own loader runs
 * beside its `lazy` import. Never awaited, so the page does not wait for it either.
 */
function prefetchDashboard(queryClient: QueryClient) {
  return ({ request }: LoaderFunctionArgs) => {
    const campaignId = new URL(request.url).searchParams.get('campaignId') ?? '';
    void import('../features/dashboard/api/prefetch-dashboard').then(({ prefetchDashboard }) =>
      prefetchDashboard(queryClient, campaignId),
    );
    return null;
  };
}

/**
 * The first load holds the login page, which most visits start with, and what every page needs
 * (session, language, theme); the shell and each page load on first visit (their own chunks).
 */
export function appRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: paths.login,
      errorElement: <RouteError />,
      Component: LoginRoute,
    },
    {
      // Public: anyone holding a certificate checks it here, without an account.
      path: paths.verify,
      errorElement: <RouteError />,
      hydrateFallbackElement: <PageLoading />,
      lazy: async () => {
        // The page shows English under each Vietnamese line, whatever the interface language.
        const [{ VerifyRoute }] = await Promise.all([
          import('./routes/verify'),
          i18n.loadLanguages('en'),
        ]);
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
          lazy: async () => {
            const { AppLayout } = await import('./layout/app-layout');
            return { Component: AppLayout };
          },
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
                  loader: prefetchDashboard(queryClient),
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
}

export function createAppRouter(queryClient: QueryClient) {
  return createBrowserRouter(appRoutes(queryClient));
}
