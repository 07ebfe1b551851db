import { requireService } from '@seatpool/kit';
import type { Resolvers } from '../generated/resolvers-types';

/** What the notify service watches (internal, signed service identity `notify` only). */
export const notifyFeedResolvers = {
  Query: {
    seatCapacity: (_, _a, ctx) => (requireService(ctx, 'notify'), ctx.services.notifyFeed.seatCapacity()),
    expiringTokens: (_, { withinDays }, ctx) => (requireService(ctx, 'notify'), ctx.services.notifyFeed.expiringTokens(withinDays)),
  },
} satisfies Resolvers;
