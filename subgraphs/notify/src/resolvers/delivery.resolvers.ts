import { requireAdmin } from '@seatpool/kit';
import type { Resolvers } from '../generated/resolvers-types';

/** Deliveries (admin; API keys need `notify:read` / `notify:write`). */
export const deliveryResolvers = {
  Query: {
    webhookDeliveries: (_, a, ctx) => (requireAdmin(ctx, 'notify:read'), ctx.services.deliveries.list(a)),
  },
  Mutation: {
    sendTestWebhook: (_, { id }, ctx) => (requireAdmin(ctx, 'notify:write'), ctx.services.deliveries.sendTest(id)),
    redeliverWebhook: (_, { id }, ctx) => (requireAdmin(ctx, 'notify:write'), ctx.services.deliveries.redeliver(id)),
  },
  WebhookDelivery: {
    // A delivery outlives no endpoint (deleting one deletes its deliveries).
    endpoint: async (d, _a, ctx) => (await ctx.loaders.endpointById.load(d.endpointId)) ?? ctx.services.endpoints.get(d.endpointId),
    type: (d) => d.type as never,
    lastResponse: (d) => d.lastResponse ?? null,
    nextAttemptAt: (d) => (d.status === 'PENDING' ? d.nextAttemptAt ?? null : null),
  },
} satisfies Resolvers;
