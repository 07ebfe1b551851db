import { requireAdmin, type BaseContext } from '@seatpool/kit';
import { acceptanceRate, type InviteOutcome } from '../services/ratios';

const reference = <T>(ref: T, ctx: BaseContext) => (requireAdmin(ctx, 'stats:read'), ref);

/** Per-mother and per-group figures stats combines from what users reports (`@requires`). */
export const usageResolvers = {
  Mother: {
    __resolveReference: reference,
    inviteAcceptanceRate: (m: InviteOutcome) => acceptanceRate(m),
  },
  MotherGroupUsage: {
    __resolveReference: reference,
    inviteAcceptanceRate: (g: InviteOutcome) => acceptanceRate(g),
  },
};
