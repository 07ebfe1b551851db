import { requireAdmin } from '@seatpool/kit';
import type { Resolvers } from '../generated/resolvers-types';

const read = (ctx: Parameters<typeof requireAdmin>[0]) => requireAdmin(ctx, 'notify:read');
const write = (ctx: Parameters<typeof requireAdmin>[0]) => requireAdmin(ctx, 'notify:write');

/** Webhook endpoints (admin; API keys need `notify:read` / `notify:write`). */
export const endpointResolvers = {
  Query: {
    webhookEndpoints: (_, a, ctx) => (read(ctx), ctx.services.endpoints.list(a.page, a.pageSize)),
    webhookEndpoint: (_, { id }, ctx) => (read(ctx), ctx.services.endpoints.find(id)),
  },
  Mutation: {
    createWebhookEndpoint: (_, { input }, ctx) => (write(ctx), ctx.services.endpoints.create(input)),
    updateWebhookEndpoint: (_, { id, input }, ctx) => (write(ctx), ctx.services.endpoints.update(id, input)),
    enableWebhookEndpoint: (_, { id }, ctx) => (write(ctx), ctx.services.endpoints.enable(id)),
    disableWebhookEndpoint: (_, { id }, ctx) => (write(ctx), ctx.services.endpoints.disable(id)),
    deleteWebhookEndpoint: (_, { id }, ctx) => (write(ctx), ctx.services.endpoints.delete(id)),
    rotateWebhookSecret: (_, { id }, ctx) => (write(ctx), ctx.services.endpoints.rotate(id)),
  },
  WebhookEndpoint: {
    __resolveReference: (ref, ctx) => (read(ctx), ctx.services.endpoints.find(ref.id)),
    eventTypes: (e) => e.eventTypes as never,
    recentFailures: (e, _a, ctx) => ctx.loaders.recentFailures.load(e.id),
  },
} satisfies Resolvers;
