import { requireAdmin } from '@seatpool/kit';
import type { PoolContext } from '../context';
import { audited } from './audited';
import type { Mother } from '../entities';
import type { CreateMotherInput } from '../services/mother-input';
import type { ReplaceTokenInput, UpdateMotherInput } from '../services/mother-command.service';
import type { MotherFilter } from '../services/mother-query.service';
import type { UpdateTeamInput } from '../services/team-command.service';

type Ctx = PoolContext;
type IdInput = { input: { id: string } };
const read = (ctx: Ctx) => requireAdmin(ctx, 'pool:read');
const write = (ctx: Ctx) => requireAdmin(ctx, 'pool:write');
const motherTarget = ({ input }: { input: { id: string } }) => ({ target: { type: 'mother', id: input.id }, motherId: input.id });
const seatCounts = (m: Mother, ctx: Ctx) => ctx.loaders.seatCountsByMother.load(m.id);

/** Mothers and their teams (admin). Every field that reads more rows goes through a per-request DataLoader. */
export const motherResolvers = {
  Query: {
    mother: (_: unknown, { id }: { id: string }, ctx: Ctx) => (read(ctx), ctx.loaders.motherById.load(id)),
    mothers: (_: unknown, a: { filter?: MotherFilter; page?: number; pageSize?: number }, ctx: Ctx) =>
      (read(ctx), ctx.services.motherQuery.list(a.filter ?? {}, a.page, a.pageSize)),
  },
  Mutation: {
    createMother: audited('mother.create', ({ input }: { input: CreateMotherInput }, m: Mother) => ({ target: { type: 'mother', id: m.id }, motherId: m.id, payload: input }),
      (_, { input }, ctx) => (write(ctx), ctx.services.mothers.create(input))),
    updateMother: audited('mother.update', ({ input }: { input: UpdateMotherInput }) => ({ target: { type: 'mother', id: input.id }, motherId: input.id, payload: input }),
      (_, { input }, ctx) => (write(ctx), ctx.services.mothers.update(input))),
    enableMother: audited('mother.enable', motherTarget, (_, { input }: IdInput, ctx) => (write(ctx), ctx.services.mothers.enable(input.id))),
    disableMother: audited('mother.disable', motherTarget, (_, { input }: IdInput, ctx) => (write(ctx), ctx.services.mothers.disable(input.id))),
    deleteMother: audited(
      'mother.delete',
      ({ input }: { input: { id: string; force?: boolean } }, r: { releasedSeats: number }) => ({ ...motherTarget({ input }), payload: { ...input, releasedSeats: r.releasedSeats } }),
      (_, { input }, ctx) => (write(ctx), ctx.services.motherDeletion.delete(input.id, input.force ?? false)),
    ),
    replaceMotherToken: audited('mother.replace_token', ({ input }: { input: ReplaceTokenInput }) => ({ ...motherTarget({ input }), payload: input }),
      (_, { input }, ctx) => (write(ctx), ctx.services.mothers.replaceToken(input))),
    refreshMotherTeams: audited('mother.refresh_teams', motherTarget, (_, { input }: IdInput, ctx) => (write(ctx), ctx.services.mothers.refreshTeams(input.id))),
    updateTeam: audited(
      'team.update',
      ({ input }: { input: UpdateTeamInput }, r: { renamedUpstream: boolean }) => ({ target: { type: 'team', id: input.teamId }, motherId: input.motherId, payload: { ...input, renamedUpstream: r.renamedUpstream } }),
      async (_, { input }, ctx) => {
        write(ctx);
        const { renamedUpstream } = await ctx.services.teams.update(input);
        return { renamedUpstream, mother: await ctx.services.mothers.get(input.motherId) };
      },
    ),
    applyTeamNameTemplate: audited(
      'team.apply_name_template',
      ({ input }: { input: { motherId: string } }, r: { renamed: unknown }) => ({ target: { type: 'mother', id: input.motherId }, motherId: input.motherId, payload: { renamed: r.renamed } }),
      async (_, { input }, ctx) => {
        write(ctx);
        const renamed = await ctx.services.poolSync.applyTeamNames(input.motherId);
        return { renamed, mother: await ctx.services.mothers.get(input.motherId) };
      },
    ),
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
