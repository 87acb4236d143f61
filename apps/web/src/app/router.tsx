import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { PageLoading } from '../components/page-loading';
import { AppLayout } from './layout/app-layout';
import { paths } from './paths';
import { NotFoundRoute } from './routes/not-found';
import { RouteError } from './routes/route-error';

/** Pages are loaded on first visit (their own chunks), so the first load holds only the shell. */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteError />,
    hydrateFallbackElement: <PageLoading />,
    children: [
      {
        // Errors of a page show inside the shell, so the navigation stays usable.
        errorElement: <RouteError />,
        children: [
          { index: true, element: <Navigate to={paths.reference} replace /> },
          {
            path: paths.reference,
            lazy: async () => {
              const { ReferenceRoute } = await import('./routes/reference');
              return { Component: ReferenceRoute };
            },
          },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
