import { requireAdmin } from '@seatpool/kit';
import type { UsersContext } from '../context';
import { cachedFigures } from '@seatpool/kit';
import { trendWindow, type TrendWindow } from '@seatpool/kit';
import type { UsersSeries } from '../services/stats/users-stats.service';
import type { UsersResolvers } from './types';

const series = (name: UsersSeries) => (t: TrendWindow, _: unknown, ctx: UsersContext) => ctx.services.stats.series(name, t);
const queue = (q: { open: Record<string, number>; oldest: Date | null }) => ({ ...q.open, oldest: q.oldest });

/** Users' share of the statistics: dashboard figures, per-mother and per-group usage, trend series. */
export const statsResolvers: UsersResolvers = {
  Dashboard: {
    // Replaces the plain reference resolver: the same figures, cached per database state (STATS.md, cost).
    __resolveReference: async (ref, ctx) => {
      requireAdmin(ctx, 'stats:read');
      return { id: ref.id, ...(await cachedFigures(ctx.em, 'dashboard', () => ctx.services.dashboard.figures())) };
    },
    switchQueue: async (_, __, ctx) => queue(await ctx.services.stats.switchQueue()),
    batchQueue: async (_, __, ctx) => queue(await ctx.services.stats.batchQueue()),
    redeemSuccess: (_, __, ctx) => ctx.services.stats.redeemSuccess(),
  },
  SwitchQueueCounts: { oldestQueuedAt: (q: { oldest: Date | null }) => q.oldest },
  BatchQueueCounts: { oldestPendingAt: (q: { oldest: Date | null }) => q.oldest },
  Mother: {
    __resolveReference: async (ref, ctx) => {
      requireAdmin(ctx, 'stats:read');
      return { id: ref.id, ...(await ctx.loaders.usageByMother.load(ref.id)) };
    },
  },
  MotherGroupUsage: {
    __resolveReference: async (ref, ctx) => {
      requireAdmin(ctx, 'stats:read');
      return { motherGroupId: ref.motherGroupId, ...(await ctx.loaders.figuresByMotherGroup.load(ref.motherGroupId)) };
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
