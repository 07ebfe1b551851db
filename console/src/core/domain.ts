import type { RouteObject } from 'react-router';
import type { Catalog } from './messages';

/** A console entry in the left navigation; `labelKey` is a message key of the domain's catalog. */
export interface NavEntry {
  to: string;
  labelKey: string;
  /** Position in the navigation (lower first), so domains interleave in a sensible order. */
  order: number;
}

/** What one result group of the global search shows (each domain searches its own lists). */
export interface SearchSection {
  id: string;
  /** Renders the results for a term of at least 2 characters. */
  Component: (props: { term: string }) => React.ReactNode;
  order: number;
}

/**
 * Everything a front-end domain contributes, registered from its own folder
 * (`domains/<name>/index.ts`): the shell only reads these lists.
 */
export interface DomainModule {
  name: 'users' | 'pool' | 'stats' | 'notify';
  /** Screens behind the login, relative to /admin/ (lazy: one chunk per screen). */
  routes: RouteObject[];
  /** Screens without a session (the login page). */
  publicRoutes?: RouteObject[];
  nav: NavEntry[];
  messages: Catalog;
  search?: SearchSection[];
}
