import { requireAdmin } from '@seatpool/kit';
import type { PoolContext } from '../context';
import type { Mother } from '../entities';
import type { CreateMotherInput } from '../services/mother-input';
import type { ReplaceTokenInput, UpdateMotherInput } from '../services/mother-command.service';
import type { MotherFilter } from '../services/mother-query.service';
import type { UpdateTeamInput } from '../services/team-command.service';

type Ctx = PoolContext;
type IdInput = { input: { id: string } };
const read = (ctx: Ctx) => requireAdmin(ctx, 'pool:read');
const write = (ctx: Ctx) => requireAdmin(ctx, 'pool:write');
const seatCounts = (m: Mother, ctx: Ctx) => ctx.loaders.seatCountsByMother.load(m.id);

/** Mothers and their teams (admin). Every field that reads more rows goes through a per-request DataLoader. */
export const motherResolvers = {
  Query: {
    mother: (_: unknown, { id }: { id: string }, ctx: Ctx) => (read(ctx), ctx.loaders.motherById.load(id)),
    mothers: (_: unknown, a: { filter?: MotherFilter; page?: number; pageSize?: number }, ctx: Ctx) =>
      (read(ctx), ctx.services.motherQuery.list(a.filter ?? {}, a.page, a.pageSize)),
  },
  Mutation: {
    createMother: (_: unknown, { input }: { input: CreateMotherInput }, ctx: Ctx) => (write(ctx), ctx.services.mothers.create(input)),
    updateMother: (_: unknown, { input }: { input: UpdateMotherInput }, ctx: Ctx) => (write(ctx), ctx.services.mothers.update(input)),
    enableMother: (_: unknown, { input }: IdInput, ctx: Ctx) => (write(ctx), ctx.services.mothers.enable(input.id)),
    disableMother: (_: unknown, { input }: IdInput, ctx: Ctx) => (write(ctx), ctx.services.mothers.disable(input.id)),
    deleteMother: (_: unknown, { input }: { input: { id: string; force?: boolean } }, ctx: Ctx) =>
      (write(ctx), ctx.services.motherDeletion.delete(input.id, input.force ?? false)),
    replaceMotherToken: (_: unknown, { input }: { input: ReplaceTokenInput }, ctx: Ctx) => (write(ctx), ctx.services.mothers.replaceToken(input)),
    refreshMotherTeams: (_: unknown, { input }: IdInput, ctx: Ctx) => (write(ctx), ctx.services.mothers.refreshTeams(input.id)),
    updateTeam: async (_: unknown, { input }: { input: UpdateTeamInput }, ctx: Ctx) => {
      write(ctx);
      const { renamedUpstream } = await ctx.services.teams.update(input);
      return { renamedUpstream, mother: await ctx.services.mothers.get(input.motherId) };
    },
    applyTeamNameTemplate: async (_: unknown, { input }: { input: { motherId: string } }, ctx: Ctx) => {
      write(ctx);
      const renamed = await ctx.services.poolSync.applyTeamNames(input.motherId);
      return { renamed, mother: await ctx.services.mothers.get(input.motherId) };
    },
  },
  Mother: {
    __resolveReference: (ref: { id: string }, ctx: Ctx) => (read(ctx), ctx.loaders.motherById.load(ref.id)),
    teams: (m: Mother, _: unknown, ctx: Ctx) => ctx.loaders.teamsByMother.load(m.id),
    seats: (m: Mother, _: unknown, ctx: Ctx) => ctx.loaders.seatsByMother.load(m.id),
    seatsUsed: async (m: Mother, _: unknown, ctx: Ctx) => (await seatCounts(m, ctx)).used,
    seatsHeld: async (m: Mother, _: unknown, ctx: Ctx) => (await seatCounts(m, ctx)).held,
    seatsFree: async (m: Mother, _: unknown, ctx: Ctx) => (await seatCounts(m, ctx)).free,
    motherGroup: (m: Mother, _: unknown, ctx: Ctx) => (m.motherGroupId ? ctx.loaders.motherGroupById.load(m.motherGroupId) : null),
    poolGroup: (m: Mother, _: unknown, ctx: Ctx) => (m.poolGroupId ? ctx.loaders.poolGroupById.load(m.poolGroupId) : null),
    children: (m: Mother, _: unknown, ctx: Ctx) => ctx.loaders.childrenByMother.load(m.id),
    childrenCount: (m: Mother, _: unknown, ctx: Ctx) => ctx.loaders.childCountByMother.load(m.id),
  },
};
