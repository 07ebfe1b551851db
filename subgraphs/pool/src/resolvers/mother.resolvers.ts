import { requireAdmin } from '@seatpool/kit';
import type { PoolContext } from '../context';
import { audited } from './audited';
import type { Mother } from '../entities';
import type {
  MutationApplyTeamNameTemplateArgs,
  MutationCreateMotherArgs,
  MutationDeleteMotherArgs,
  MutationReplaceMotherTokenArgs,
  MutationUpdateMotherArgs,
  MutationUpdateTeamArgs,
  Resolvers,
} from '../generated/resolvers-types';

type Ctx = PoolContext;
type IdInput = { input: { id: string } };
const read = (ctx: Ctx) => requireAdmin(ctx, 'pool:read');
const write = (ctx: Ctx) => requireAdmin(ctx, 'pool:write');
const motherTarget = ({ input }: { input: { id: string } }) => ({ target: { type: 'mother', id: input.id }, motherId: input.id });
const seatCounts = (m: Mother, ctx: Ctx) => ctx.loaders.seatCountsByMother.load(m.id);

/** Mothers and their teams (admin). Every field that reads more rows goes through a per-request DataLoader. */
export const motherResolvers = {
  Query: {
    mother: (_, { id }, ctx) => (read(ctx), ctx.loaders.motherById.load(id)),
    mothers: (_, a, ctx) =>
      (read(ctx), ctx.services.motherQuery.list(a.filter ?? {}, a.page, a.pageSize)),
  },
  Mutation: {
    createMother: audited('mother.create', ({ input }: MutationCreateMotherArgs, m: Mother) => ({ target: { type: 'mother', id: m.id }, motherId: m.id, payload: input }),
      (_, { input }, ctx) => (write(ctx), ctx.services.mothers.create(input))),
    updateMother: audited('mother.update', ({ input }: MutationUpdateMotherArgs) => ({ target: { type: 'mother', id: input.id }, motherId: input.id, payload: input }),
      (_, { input }, ctx) => (write(ctx), ctx.services.mothers.update(input))),
    enableMother: audited('mother.enable', motherTarget, (_, { input }: IdInput, ctx) => (write(ctx), ctx.services.mothers.enable(input.id))),
    disableMother: audited('mother.disable', motherTarget, (_, { input }: IdInput, ctx) => (write(ctx), ctx.services.mothers.disable(input.id))),
    deleteMother: audited(
      'mother.delete',
      ({ input }: MutationDeleteMotherArgs, r: { releasedSeats: number }) => ({ ...motherTarget({ input }), payload: { ...input, releasedSeats: r.releasedSeats } }),
      (_, { input }, ctx) => (write(ctx), ctx.services.motherDeletion.delete(input.id, input.force ?? false)),
    ),
    replaceMotherToken: audited('mother.replace_token', ({ input }: MutationReplaceMotherTokenArgs) => ({ ...motherTarget({ input }), payload: input }),
      (_, { input }, ctx) => (write(ctx), ctx.services.mothers.replaceToken(input))),
    refreshMotherTeams: audited('mother.refresh_teams', motherTarget, (_, { input }: IdInput, ctx) => (write(ctx), ctx.services.mothers.refreshTeams(input.id))),
    updateTeam: audited(
      'team.update',
      ({ input }: MutationUpdateTeamArgs, r: { renamedUpstream: boolean }) => ({ target: { type: 'team', id: input.teamId }, motherId: input.motherId, payload: { ...input, renamedUpstream: r.renamedUpstream } }),
      async (_, { input }, ctx) => {
        write(ctx);
        const { renamedUpstream } = await ctx.services.teams.update(input);
        return { renamedUpstream, mother: await ctx.services.mothers.get(input.motherId) };
      },
    ),
    applyTeamNameTemplate: audited(
      'team.apply_name_template',
      ({ input }: MutationApplyTeamNameTemplateArgs, r: { renamed: unknown }) => ({ target: { type: 'mother', id: input.motherId }, motherId: input.motherId, payload: { renamed: r.renamed } }),
      async (_, { input }, ctx) => {
        write(ctx);
        const renamed = await ctx.services.poolSync.applyTeamNames(input.motherId);
        return { renamed, mother: await ctx.services.mothers.get(input.motherId) };
      },
    ),
  },
  Mother: {
    __resolveReference: (ref, ctx) => (read(ctx), ctx.loaders.motherById.load(ref.id)),
    teams: (m, _, ctx) => ctx.loaders.teamsByMother.load(m.id),
    seats: (m, _, ctx) => ctx.loaders.seatsByMother.load(m.id),
    seatsUsed: async (m, _, ctx) => (await seatCounts(m, ctx)).used,
    seatsHeld: async (m, _, ctx) => (await seatCounts(m, ctx)).held,
    seatsFree: async (m, _, ctx) => (await seatCounts(m, ctx)).free,
    motherGroup: (m, _, ctx) => (m.motherGroupId ? ctx.loaders.motherGroupById.load(m.motherGroupId) : null),
    poolGroup: (m, _, ctx) => (m.poolGroupId ? ctx.loaders.poolGroupById.load(m.poolGroupId) : null),
    children: (m, _, ctx) => ctx.loaders.childrenByMother.load(m.id),
    childrenCount: (m, _, ctx) => ctx.loaders.childCountByMother.load(m.id),
  },
} satisfies Resolvers;
