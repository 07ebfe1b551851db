import { createBrowserRouter, Navigate, useLocation, type RouteObject } from 'react-router';
import { DOMAINS } from './domains';
import { Shell } from './Shell';
import { RouteError, NotFound, RouteLoading } from './RouteError';
import { getSession } from '../core/session';
import type { ReactNode } from 'react';

/** Behind the login: without a session, go to the login page and come back here afterwards. */
function RequireSession({ children }: { children: ReactNode }) {
  const location = useLocation();
  if (!getSession()) {
    const next = location.pathname + location.search;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <>{children}</>;
}

const routes: RouteObject[] = [
  ...DOMAINS.flatMap((d) => d.publicRoutes ?? []).map((r) => ({ ...r, errorElement: <RouteError />, hydrateFallbackElement: <RouteLoading /> })),
  {
    path: '/',
    element: (
      <RequireSession>
        <Shell />
      </RequireSession>
    ),
    errorElement: <RouteError />,
    hydrateFallbackElement: <RouteLoading />,
    children: [
      ...DOMAINS.flatMap((d) => d.routes).map((r) => ({ ...r, errorElement: <RouteError /> })),
      { path: 'search', lazy: async () => ({ Component: (await import('./search/SearchPage')).default }) },
      { path: '*', element: <NotFound /> },
    ],
  },
];

export const BASENAME = '/admin';
export const router = createBrowserRouter(routes, { basename: BASENAME });
