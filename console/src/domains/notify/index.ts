import type { DomainModule } from '../../core/domain';
import { notifyMessages } from './messages';
import { notifyNav, notifyRoutes } from './routes';

/** Notify: webhook endpoints operators are notified at, and their deliveries. */
export const notifyDomain: DomainModule = { name: 'notify', routes: notifyRoutes, nav: notifyNav, messages: notifyMessages };
