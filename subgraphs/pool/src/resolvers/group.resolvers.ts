import { requireAdmin } from '@seatpool/kit';
import type { PoolContext } from '../context';
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
    createMotherGroup: (_: unknown, { input }: { input: MotherGroupInput }, ctx: Ctx) => (write(ctx), ctx.services.motherGroups.create(input)),
    updateMotherGroup: (_: unknown, { input }: { input: MotherGroupInput & { id: string } }, ctx: Ctx) => (write(ctx), ctx.services.motherGroups.update(input)),
    deleteMotherGroup: (_: unknown, { input }: { input: { id: string } }, ctx: Ctx) => (write(ctx), ctx.services.motherGroups.delete(input.id)),
    createPoolGroup: (_: unknown, { input }: { input: PoolGroupInput }, ctx: Ctx) => (write(ctx), ctx.services.poolGroups.create(input)),
    updatePoolGroup: (_: unknown, { input }: { input: PoolGroupInput & { id: string } }, ctx: Ctx) => (write(ctx), ctx.services.poolGroups.update(input)),
    deletePoolGroup: (_: unknown, { input }: { input: { id: string } }, ctx: Ctx) => (write(ctx), ctx.services.poolGroups.delete(input.id)),
    syncPoolGroup: (_: unknown, { input }: { input: { poolGroupId: string; motherId?: string } }, ctx: Ctx) =>
      (write(ctx), ctx.services.poolSync.syncGroup(input.poolGroupId, input.motherId)),
  },
  PoolGroup: {
    mothersCount: (g: PoolGroup, _: unknown, ctx: Ctx) => ctx.loaders.motherCountByPoolGroup.load(g.id),
  },
};
