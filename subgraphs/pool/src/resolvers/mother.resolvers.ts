import { requireAdmin } from '@seatpool/kit';
import type { PoolContext } from '../context';
import type { Mother } from '../entities';
import type { CreateMotherInput } from '../services/mother-input';

const seatCounts = (m: Mother, ctx: PoolContext) => ctx.loaders.seatCountsByMother.load(m.id);

export const motherResolvers = {
  Query: {
    mother: (_: unknown, { id }: { id: string }, ctx: PoolContext) => {
      requireAdmin(ctx, 'pool:read');
      return ctx.loaders.motherById.load(id);
    },
  },
  Mutation: {
    createMother: (_: unknown, { input }: { input: CreateMotherInput }, ctx: PoolContext) => {
      requireAdmin(ctx, 'pool:write');
      return ctx.services.mothers.create(input);
    },
  },
  Mother: {
    __resolveReference: (ref: { id: string }, ctx: PoolContext) => {
      requireAdmin(ctx, 'pool:read');
      return ctx.loaders.motherById.load(ref.id);
    },
    teams: (m: Mother, _: unknown, ctx: PoolContext) => ctx.loaders.teamsByMother.load(m.id),
    seats: (m: Mother, _: unknown, ctx: PoolContext) => ctx.loaders.seatsByMother.load(m.id),
    seatsUsed: async (m: Mother, _: unknown, ctx: PoolContext) => (await seatCounts(m, ctx)).used,
    seatsHeld: async (m: Mother, _: unknown, ctx: PoolContext) => (await seatCounts(m, ctx)).held,
    seatsFree: async (m: Mother, _: unknown, ctx: PoolContext) => (await seatCounts(m, ctx)).free,
  },
  MotherStatus: { ACTIVE: 'active', INVALID: 'invalid', DISABLED: 'disabled' },
  SeatStatus: { FREE: 'free', HELD: 'held', USED: 'used' },
};
