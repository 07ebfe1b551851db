import { requireAdmin, type BaseContext } from '@seatpool/kit';
import { codeQuota, type QuotaInputs } from '../services/quota';

/** The dashboard is one entity; pool and users resolve their own figures, stats combines them. */
export const dashboardResolvers = {
  Query: {
    dashboard: (_: unknown, __: unknown, ctx: BaseContext) => {
      requireAdmin(ctx, 'stats:read');
      return { id: 'global' };
    },
  },
  Dashboard: {
    __resolveReference: (ref: { id: string } & Partial<QuotaInputs>, ctx: BaseContext) => {
      requireAdmin(ctx, 'stats:read');
      return ref;
    },
    codeQuota: (d: QuotaInputs) => codeQuota(d),
  },
};
