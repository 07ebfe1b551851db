import { requireService } from '@seatpool/kit';
import type { PoolContext } from '../context';
import type { OutboxEvent } from '../entities';
import type { PlaceEmailInput, ReleasePlacementInput } from '../services/placement-input';

type Ctx = PoolContext;
type KeyArg = { idempotencyKey: string };
const users = (ctx: Ctx) => requireService(ctx, 'users');

/** The internal API (`@inaccessible`): the users service (placements, events) and the gateway (API keys), with signed service identities. */
export const internalResolvers = {
  Query: {
    placement: (_: unknown, { idempotencyKey }: KeyArg, ctx: Ctx) => (users(ctx), ctx.services.placements.find(idempotencyKey)),
    placementResend: (_: unknown, { resendKey }: { resendKey: string }, ctx: Ctx) => (users(ctx), ctx.services.releases.findResend(resendKey)),
    poolEvents: (_: unknown, a: { after?: string | null; limit?: number | null }, ctx: Ctx) => (users(ctx), ctx.services.outbox.events(a.after, a.limit)),
    motherGroupExists: (_: unknown, { id }: { id: string }, ctx: Ctx) => (users(ctx), ctx.services.motherGroups.exists(id)),
    verifyApiKey: (_: unknown, { key }: { key: string }, ctx: Ctx) => (requireService(ctx, 'gateway'), ctx.services.apiKeys.verify(key)),
  },
  Mutation: {
    placeEmail: (_: unknown, { input }: { input: PlaceEmailInput }, ctx: Ctx) => (users(ctx), ctx.services.placements.place(input)),
    abortPlacement: (_: unknown, { idempotencyKey }: KeyArg, ctx: Ctx) => (users(ctx), ctx.services.placements.abort(idempotencyKey)),
    releasePlacement: (_: unknown, { input }: { input: ReleasePlacementInput }, ctx: Ctx) => (users(ctx), ctx.services.releases.release(input)),
    resendPlacementInvite: (_: unknown, { idempotencyKey, resendKey }: KeyArg & { resendKey?: string | null }, ctx: Ctx) =>
      (users(ctx), ctx.services.releases.resend(idempotencyKey, resendKey)),
  },
  PoolEvent: {
    id: (e: OutboxEvent) => String(e.id),
    payload: (e: OutboxEvent) => JSON.stringify(e.payload),
  },
};
