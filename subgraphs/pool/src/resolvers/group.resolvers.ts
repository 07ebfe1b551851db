import { requireAdmin } from '@seatpool/kit';
import type { PoolContext } from '../context';
import { audited } from './audited';
import type { PoolGroup } from '../entities';
import type { MotherGroupInput } from '../services/mother-group.service';
import type { NamePreviewInput, PoolGroupInput } from '../services/pool-group.service';

type Ctx = PoolContext;
type Paging = { page?: number; pageSize?: number };
const read = (ctx: Ctx) => requireAdmin(ctx, 'pool:read');
const write = (ctx: Ctx) => requireAdmin(ctx, 'pool:write');

/** Mother groups, pool groups with their settings, name previews and the pool sync (admin). */
export const groupResolvers = {
  Query: {
    motherGroups: (_: unknown, a: Paging, ctx: Ctx) => (read(ctx), ctx.services.motherGroups.list(a.page, a.pageSize)),
    poolGroups: (_: unknown, a: Paging, ctx: Ctx) => (read(ctx), ctx.services.poolGroups.list(a.page, a.pageSize)),
    poolGroup: (_: unknown, { id }: { id: string }, ctx: Ctx) => (read(ctx), ctx.loaders.poolGroupById.load(id)),
    poolGroupNamePreview: (_: unknown, { input }: { input: NamePreviewInput }, ctx: Ctx) => (read(ctx), ctx.services.poolGroups.preview(input)),
  },
  Mutation: {
    createMotherGroup: audited('mother_group.create', ({ input }: { input: MotherGroupInput }, g: { id: string }) => ({ target: { type: 'mother_group', id: g.id }, payload: input }),
      (_, { input }, ctx) => (write(ctx), ctx.services.motherGroups.create(input))),
    updateMotherGroup: audited('mother_group.update', ({ input }: { input: MotherGroupInput & { id: string } }) => ({ target: { type: 'mother_group', id: input.id }, payload: input }),
      (_, { input }, ctx) => (write(ctx), ctx.services.motherGroups.update(input))),
    deleteMotherGroup: audited('mother_group.delete', ({ input }: { input: { id: string } }) => ({ target: { type: 'mother_group', id: input.id } }),
      (_, { input }, ctx) => (write(ctx), ctx.services.motherGroups.delete(input.id))),
    createPoolGroup: audited('pool_group.create', ({ input }: { input: PoolGroupInput }, g: { id: string }) => ({ target: { type: 'pool_group', id: g.id }, payload: input }),
      (_, { input }, ctx) => (write(ctx), ctx.services.poolGroups.create(input))),
    updatePoolGroup: audited('pool_group.update', ({ input }: { input: PoolGroupInput & { id: string } }) => ({ target: { type: 'pool_group', id: input.id }, payload: input }),
      (_, { input }, ctx) => (write(ctx), ctx.services.poolGroups.update(input))),
    deletePoolGroup: audited('pool_group.delete', ({ input }: { input: { id: string } }) => ({ target: { type: 'pool_group', id: input.id } }),
      (_, { input }, ctx) => (write(ctx), ctx.services.poolGroups.delete(input.id))),
    syncPoolGroup: audited(
      'pool_group.sync',
      ({ input }: { input: { poolGroupId: string; motherId?: string } }) => ({ target: { type: 'pool_group', id: input.poolGroupId }, motherId: input.motherId ?? null, payload: input }),
      (_, { input }, ctx) => (write(ctx), ctx.services.poolSync.syncGroup(input.poolGroupId, input.motherId)),
    ),
  },
  PoolGroup: {
    mothersCount: (g: PoolGroup, _: unknown, ctx: Ctx) => ctx.loaders.motherCountByPoolGroup.load(g.id),
  },
};
