import { requireAdmin } from '@seatpool/kit';
import type { PoolContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import { cachedFigures } from '@seatpool/kit';
import type { GroupUsage, PoolSeries } from '../services/stats/pool-stats.service';
import { trendWindow, type TrendWindow } from '@seatpool/kit';

type Ctx = PoolContext;
const read = (ctx: Ctx) => requireAdmin(ctx, 'stats:read');
const stats = (ctx: Ctx) => ctx.services.stats;
const series = (name: PoolSeries) => (t: TrendWindow, _: unknown, ctx: Ctx) => stats(ctx).series(name, t);
const asMotherGroup = ({ id, ...g }: GroupUsage) => ({ motherGroupId: id, ...g });
const asPoolGroup = ({ id, ...g }: GroupUsage) => ({ poolGroupId: id, ...g });
/** Pool's share of the statistics: dashboard figures, per-group usage and the mother series of trends. */
export const statsResolvers = {
  Dashboard: {
    // The dashboard figures, cached per database state (STATS.md, cost).
    __resolveReference: async (ref, ctx) => {
      read(ctx);
      return { id: ref.id, ...(await cachedFigures(ctx.em, 'dashboard', () => ctx.services.dashboard.figures())) };
    },
    motherHealth: (_, __, ctx) => stats(ctx).motherHealth(),
    seatUtilisation: ({ seats }) => (seats.total ? Math.round(((seats.used + seats.held) / seats.total) * 10_000) / 10_000 : 0),
    teams: (_, __, ctx) => stats(ctx).teams(),
    motherGroupUsage: async (_, __, ctx) => (await stats(ctx).motherGroupUsage()).map(asMotherGroup),
    poolGroupUsage: async (_, __, ctx) => (await stats(ctx).poolGroupUsage()).map(asPoolGroup),
  },
  MotherGroupUsage: {
    __resolveReference: async (ref, ctx) => {
      read(ctx);
      const found = await ctx.loaders.groupUsageById.load(ref.motherGroupId);
      return found ? asMotherGroup(found) : null;
    },
  },
  Trends: {
    __resolveReference: (ref, ctx) => (read(ctx), trendWindow(ref)),
    mothersAddedCounts: series('mothersAdded'),
    mothersLostCounts: series('mothersLost'),
  },
} satisfies Resolvers;
