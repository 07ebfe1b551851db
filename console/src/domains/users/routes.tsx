import type { NavEntry } from '../../core/domain';
import { lazyRoute } from '../../core/lazy';

export const usersRoutes = [
  lazyRoute('codes', () => import('./codes/CodesPage')),
  lazyRoute('skus', () => import('./skus/SkusPage')),
  lazyRoute('invites', () => import('./invites/InvitesPage')),
  lazyRoute('switches', () => import('./switches/SwitchQueuePage')),
  lazyRoute('jobs', () => import('./jobs/JobsPage')),
  lazyRoute('jobs/:id', () => import('./jobs/JobDetailPage')),
  lazyRoute('audit', () => import('./audit/AuditPage')),
  lazyRoute('bulk', () => import('./bulk/BulkHistoryPage')),
  lazyRoute('settings', () => import('./settings/SettingsPage')),
  lazyRoute('health', () => import('./health/HealthPage')),
];

export const usersPublicRoutes = [lazyRoute('login', () => import('./auth/LoginPage'))];

export const usersNav: NavEntry[] = [
  { to: '/codes', labelKey: 'nav.codes', order: 50 },
  { to: '/skus', labelKey: 'nav.skus', order: 52 },
  { to: '/invites', labelKey: 'nav.invites', order: 60 },
  { to: '/switches', labelKey: 'nav.switches', order: 62 },
  { to: '/jobs', labelKey: 'nav.jobs', order: 70 },
  { to: '/audit', labelKey: 'nav.audit', order: 80 },
  { to: '/bulk', labelKey: 'nav.bulk', order: 82 },
  { to: '/health', labelKey: 'nav.health', order: 95 },
  { to: '/settings', labelKey: 'nav.settings', order: 100 },
];
