import { requireService } from '@seatpool/kit';
import type { PoolContext } from '../context';
import type { PlaceEmailInput } from '../services/placement-input';

/** The internal API (`@inaccessible`): only the users service, with its signed service identity. */
export const internalResolvers = {
  Query: {
    placement: (_: unknown, { idempotencyKey }: { idempotencyKey: string }, ctx: PoolContext) => {
      requireService(ctx, 'users');
      return ctx.services.placements.find(idempotencyKey);
    },
  },
  Mutation: {
    placeEmail: (_: unknown, { input }: { input: PlaceEmailInput }, ctx: PoolContext) => {
      requireService(ctx, 'users');
      return ctx.services.placements.place(input);
    },
    abortPlacement: (_: unknown, { idempotencyKey }: { idempotencyKey: string }, ctx: PoolContext) => {
      requireService(ctx, 'users');
      return ctx.services.placements.abort(idempotencyKey);
    },
  },
  PlacementStatus: { IN_FLIGHT: 'in_flight', PLACED: 'placed', FAILED: 'failed', ABORTED: 'aborted' },
};
