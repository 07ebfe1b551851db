import { requireService } from '@seatpool/kit';
import type { PoolContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import { poolEnvelope } from '../services/outbox.service';

type Ctx = PoolContext;
const users = (ctx: Ctx) => requireService(ctx, 'users');

/** The internal API (`@inaccessible`): the users service (placements, events) and the gateway (API keys), with signed service identities. */
export const internalResolvers = {
  Query: {
    placement: (_, { idempotencyKey }, ctx) => (users(ctx), ctx.services.placements.find(idempotencyKey)),
    placementResend: (_, { resendKey }, ctx) => (users(ctx), ctx.services.releases.findResend(resendKey)),
    // Every consumer of pool's events in polled mode (EVENTS.md): users and notify.
    poolEvents: (_, a, ctx) => (requireService(ctx, 'users', 'notify'), ctx.services.outbox.events(a.after, a.limit)),
    motherGroupExists: (_, { id }, ctx) => (users(ctx), ctx.services.motherGroups.exists(id)),
    verifyApiKey: (_, { key }, ctx) => (requireService(ctx, 'gateway'), ctx.services.apiKeys.verify(key)),
  },
  Mutation: {
    placeEmail: (_, { input }, ctx) => (users(ctx), ctx.services.placements.place(input)),
    abortPlacement: (_, { idempotencyKey }, ctx) => (users(ctx), ctx.services.placements.abort(idempotencyKey)),
    releasePlacement: (_, { input }, ctx) => (users(ctx), ctx.services.releases.release(input)),
    resendPlacementInvite: (_, { idempotencyKey, resendKey }, ctx) => (users(ctx), ctx.services.releases.resend(idempotencyKey, resendKey)),
  },
  PoolEvent: {
    id: (e) => String(e.id),
    eventId: (e) => poolEnvelope(e).id,
    version: (e) => poolEnvelope(e).version,
    data: (e) => JSON.stringify(poolEnvelope(e).data),
    payload: (e) => JSON.stringify(e.payload),
  },
} satisfies Resolvers;
