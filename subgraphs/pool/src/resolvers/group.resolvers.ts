import { requireAdmin } from '@seatpool/kit';
import type { PoolContext } from '../context';
import { audited } from './audited';
import type {
  MutationCreateMotherGroupArgs,
  MutationCreatePoolGroupArgs,
  MutationDeleteMotherGroupArgs,
  MutationDeletePoolGroupArgs,
  MutationSyncPoolGroupArgs,
  MutationUpdateMotherGroupArgs,
  MutationUpdatePoolGroupArgs,
  Resolvers,
} from '../generated/resolvers-types';

type Ctx = PoolContext;
const read = (ctx: Ctx) => requireAdmin(ctx, 'pool:read');
const write = (ctx: Ctx) => requireAdmin(ctx, 'pool:write');

/** Mother groups, pool groups with their settings, name previews and the pool sync (admin). */
export const groupResolvers = {
  Query: {
    motherGroups: (_, a, ctx) => (read(ctx), ctx.services.motherGroups.list(a.page, a.pageSize)),
    poolGroups: (_, a, ctx) => (read(ctx), ctx.services.poolGroups.list(a.page, a.pageSize)),
    poolGroup: (_, { id }, ctx) => (read(ctx), ctx.loaders.poolGroupById.load(id)),
    poolGroupNamePreview: (_, { input }, ctx) => (read(ctx), ctx.services.poolGroups.preview(input)),
  },
  Mutation: {
    createMotherGroup: audited('mother_group.create', ({ input }: MutationCreateMotherGroupArgs, g: { id: string }) => ({ target: { type: 'mother_group', id: g.id }, payload: input }),
      (_, { input }, ctx) => (write(ctx), ctx.services.motherGroups.create(input))),
    updateMotherGroup: audited('mother_group.update', ({ input }: MutationUpdateMotherGroupArgs) => ({ target: { type: 'mother_group', id: input.id }, payload: input }),
      (_, { input }, ctx) => (write(ctx), ctx.services.motherGroups.update(input))),
    deleteMotherGroup: audited('mother_group.delete', ({ input }: MutationDeleteMotherGroupArgs) => ({ target: { type: 'mother_group', id: input.id } }),
      (_, { input }, ctx) => (write(ctx), ctx.services.motherGroups.delete(input.id))),
    createPoolGroup: audited('pool_group.create', ({ input }: MutationCreatePoolGroupArgs, g: { id: string }) => ({ target: { type: 'pool_group', id: g.id }, payload: input }),
      (_, { input }, ctx) => (write(ctx), ctx.services.poolGroups.create(input))),
    updatePoolGroup: audited('pool_group.update', ({ input }: MutationUpdatePoolGroupArgs) => ({ target: { type: 'pool_group', id: input.id }, payload: input }),
      (_, { input }, ctx) => (write(ctx), ctx.services.poolGroups.update(input))),
    deletePoolGroup: audited('pool_group.delete', ({ input }: MutationDeletePoolGroupArgs) => ({ target: { type: 'pool_group', id: input.id } }),
      (_, { input }, ctx) => (write(ctx), ctx.services.poolGroups.delete(input.id))),
    syncPoolGroup: audited(
      'pool_group.sync',
      ({ input }: MutationSyncPoolGroupArgs) => ({ target: { type: 'pool_group', id: input.poolGroupId }, motherId: input.motherId ?? null, payload: input }),
      (_, { input }, ctx) => (write(ctx), ctx.services.poolSync.syncGroup(input.poolGroupId, input.motherId)),
    ),
  },
  PoolGroup: {
    mothersCount: (g, _, ctx) => ctx.loaders.motherCountByPoolGroup.load(g.id),
  },
} satisfies Resolvers;
