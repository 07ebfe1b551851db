import { requireAdmin } from '@seatpool/kit';
import DataLoader from 'dataloader';
import type { UsersContext } from '../context';
import { cachedFigures } from '@seatpool/kit';
import { trendWindow, type TrendWindow } from '@seatpool/kit';
import { UsersStatsService, type UsersSeries } from '../services/stats/users-stats.service';
import type { UsersResolvers } from './types';

/** The stats service and its batching loaders, one set per request (an `_entities` call batches many keys). */
const perRequest = new WeakMap<object, ReturnType<typeof statsParts>>();
function statsParts(ctx: UsersContext) {
  const stats = new UsersStatsService(ctx.em);
  return { stats, byMother: new DataLoader((ids: readonly string[]) => stats.byMother(ids)), byGroup: new DataLoader((ids: readonly string[]) => stats.byMotherGroup(ids)) };
}
const parts = (ctx: UsersContext) => perRequest.get(ctx) ?? perRequest.set(ctx, statsParts(ctx)).get(ctx)!;

const series = (name: UsersSeries) => (t: TrendWindow, _: unknown, ctx: UsersContext) => parts(ctx).stats.series(name, t);
const queue = (q: { open: Record<string, number>; oldest: Date | null }) => ({ ...q.open, oldest: q.oldest });

/** Users' share of the statistics: dashboard figures, per-mother and per-group usage, trend series. */
export const statsResolvers: UsersResolvers = {
  Dashboard: {
    // Replaces the plain reference resolver: the same figures, cached per database state (STATS.md, cost).
    __resolveReference: async (ref, ctx) => {
      requireAdmin(ctx, 'stats:read');
      return { id: ref.id, ...(await cachedFigures(ctx.em, 'dashboard', () => ctx.services.dashboard.figures())) };
    },
    switchQueue: async (_, __, ctx) => queue(await parts(ctx).stats.switchQueue()),
    batchQueue: async (_, __, ctx) => queue(await parts(ctx).stats.batchQueue()),
    redeemSuccess: (_, __, ctx) => parts(ctx).stats.redeemSuccess(),
  },
  SwitchQueueCounts: { oldestQueuedAt: (q: { oldest: Date | null }) => q.oldest },
  BatchQueueCounts: { oldestPendingAt: (q: { oldest: Date | null }) => q.oldest },
  Mother: {
    __resolveReference: async (ref, ctx) => {
      requireAdmin(ctx, 'stats:read');
      return { id: ref.id, ...(await parts(ctx).byMother.load(ref.id)) };
    },
  },
  MotherGroupUsage: {
    __resolveReference: async (ref, ctx) => {
      requireAdmin(ctx, 'stats:read');
      return { motherGroupId: ref.motherGroupId, ...(await parts(ctx).byGroup.load(ref.motherGroupId)) };
    },
  },
  Trends: {
    __resolveReference: (ref, ctx) => {
      requireAdmin(ctx, 'stats:read');
      return trendWindow(ref);
    },
    redeemCounts: series('redeems'),
    inviteSentCounts: series('invitesSent'),
    inviteFailedCounts: series('invitesFailed'),
    switchCounts: series('switches'),
  },
};
