import { requireAdmin } from '@seatpool/kit';
import type { PoolContext } from '../context';

/** Pool's share of the stats `Dashboard` entity; the scope is the dashboard's own (`stats:read`). */
export const dashboardResolvers = {
  Dashboard: {
    __resolveReference: async (ref: { id: string }, ctx: PoolContext) => {
      requireAdmin(ctx, 'stats:read');
      return { id: ref.id, ...(await ctx.services.dashboard.figures()) };
    },
  },
};
