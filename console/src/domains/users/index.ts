import type { DomainModule } from '../../core/domain';
import { usersMessages } from './messages';
import { usersNav, usersPublicRoutes, usersRoutes } from './routes';
import { usersSearch } from './search';

/** Users: login and settings, codes and SKUs, invites and switches, jobs, audit, health. */
export const usersDomain: DomainModule = {
  name: 'users',
  routes: usersRoutes,
  publicRoutes: usersPublicRoutes,
  nav: usersNav,
  messages: usersMessages,
  search: usersSearch,
};
