import { requireAdmin, type BaseContext } from '@seatpool/kit';
import type { Resolvers } from '../generated/resolvers-types';
import { acceptanceRate, type InviteOutcome } from '../services/ratios';
import type { UsageParent } from './parents';

const reference = (ref: UsageParent, ctx: BaseContext) => (requireAdmin(ctx, 'stats:read'), ref);
// `@requires(fields: "invitesDelivered invitesAccepted")`: the gateway always sends both here.
const rate = (parent: UsageParent) => acceptanceRate(parent as InviteOutcome);

/** Per-mother and per-group figures stats combines from what users reports (`@requires`). */
export const usageResolvers = {
  Mother: { __resolveReference: reference, inviteAcceptanceRate: rate },
  MotherGroupUsage: { __resolveReference: reference, inviteAcceptanceRate: rate },
} satisfies Resolvers;
