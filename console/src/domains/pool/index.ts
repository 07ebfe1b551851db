import type { DomainModule } from '../../core/domain';
import { poolMessages } from './messages';
import { poolNav, poolRoutes } from './routes';
import { poolSearch } from './search';

/** Pool: mothers, teams and seats, import, groups, child accounts, API keys. */
export const poolDomain: DomainModule = { name: 'pool', routes: poolRoutes, nav: poolNav, messages: poolMessages, search: poolSearch };
