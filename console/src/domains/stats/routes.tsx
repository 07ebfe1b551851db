import type { NavEntry } from '../../core/domain';
import { lazyRoute } from '../../core/lazy';

export const statsRoutes = [lazyRoute(undefined, () => import('./overview/OverviewPage'))];

export const statsNav: NavEntry[] = [{ to: '/', labelKey: 'nav.overview', order: 10 }];
