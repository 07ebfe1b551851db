import type { DomainModule } from '../../core/domain';
import { poolMessages } from './messages';
import { poolNav, poolRoutes } from './routes';
import { MotherSearch } from './search/MotherSearch';

/** Pool: mothers, teams and seats, import, groups, child accounts, API keys. */
export const poolDomain: DomainModule = {
  name: 'pool', routes: poolRoutes, nav: poolNav, messages: poolMessages,
  search: [{ id: 'mothers', Component: MotherSearch, order: 10 }],
};
