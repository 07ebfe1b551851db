import { requireAdmin } from '@seatpool/kit';
import type { UsersResolvers } from './types';

export const dashboardResolvers: UsersResolvers = {
  Dashboard: {
    __resolveReference: async (ref: { id: string }, ctx) => {
      requireAdmin(ctx);
      return { id: ref.id, ...(await ctx.services.dashboard.figures()) };
    },
  },
};
