import type { NavEntry } from '../../core/domain';
import { lazyRoute } from '../../core/lazy';

export const notifyRoutes = [
  lazyRoute('notifications', () => import('./endpoints/NotificationsPage')),
  lazyRoute('notifications/deliveries', () => import('./deliveries/DeliveriesPage')),
];

// After API keys (90), before health (95): both are set up once and looked at when something is off.
export const notifyNav: NavEntry[] = [{ to: '/notifications', labelKey: 'nav.notifications', order: 92 }];
