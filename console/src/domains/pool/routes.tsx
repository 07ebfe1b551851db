import type { NavEntry } from '../../core/domain';
import { lazyRoute } from '../../core/lazy';

export const poolRoutes = [
  lazyRoute('mothers', () => import('./mothers/MothersPage')),
  lazyRoute('mothers/:id', () => import('./mothers/MotherDetailPage')),
  lazyRoute('import', () => import('./import/ImportPage')),
  lazyRoute('groups', () => import('./groups/MotherGroupsPage')),
  lazyRoute('pool-groups', () => import('./pool-groups/PoolGroupsPage')),
  lazyRoute('child-accounts', () => import('./child-accounts/ChildAccountsPage')),
  lazyRoute('api-keys', () => import('./api-keys/ApiKeysPage')),
];

export const poolNav: NavEntry[] = [
  { to: '/mothers', labelKey: 'nav.mothers', order: 20 },
  { to: '/import', labelKey: 'nav.import', order: 22 },
  { to: '/groups', labelKey: 'nav.groups', order: 24 },
  { to: '/pool-groups', labelKey: 'nav.poolGroups', order: 26 },
  { to: '/child-accounts', labelKey: 'nav.childAccounts', order: 28 },
  { to: '/api-keys', labelKey: 'nav.apiKeys', order: 90 },
];
