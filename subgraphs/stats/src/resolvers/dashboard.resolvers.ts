import { requireAdmin } from '@seatpool/kit';
import type { Resolvers } from '../generated/resolvers-types';
import { codeQuota, type QuotaInputs } from '../services/quota';

/** The dashboard is one entity; pool and users resolve their own figures, stats combines them. */
export const dashboardResolvers = {
  Query: {
    dashboard: (_, __, ctx) => {
      requireAdmin(ctx, 'stats:read');
      return { id: 'global' };
    },
  },
  Dashboard: {
    __resolveReference: (ref, ctx) => {
      requireAdmin(ctx, 'stats:read');
      return ref;
    },
    // `@requires(fields: "sellableSeats redeemableCodes")`: the gateway always sends both here.
    codeQuota: (d) => codeQuota(d as QuotaInputs),
  },
} satisfies Resolvers;
