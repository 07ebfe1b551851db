import type { DomainModule } from '../../core/domain';
import { statsMessages } from './messages';
import { statsNav, statsRoutes } from './routes';

/** Stats: the overview (dashboard, trends, per-group usage, recent audit). */
export const statsDomain: DomainModule = { name: 'stats', routes: statsRoutes, nav: statsNav, messages: statsMessages };
