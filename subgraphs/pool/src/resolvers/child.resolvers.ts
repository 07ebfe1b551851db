import { requireAdmin } from '@seatpool/kit';
import type { PoolContext } from '../context';
import type { ChildAccount } from '../entities';
import type { CreateChildInput } from '../services/child-account-command.service';
import type { ChildAccountFilter } from '../services/child-account-query.service';

type Ctx = PoolContext;
const write = (ctx: Ctx) => requireAdmin(ctx, 'pool:write');

/** Child accounts: list, sync from upstream members, create, remove (admin). */
export const childResolvers = {
  Query: {
    childAccounts: (_: unknown, a: { filter?: ChildAccountFilter; page?: number; pageSize?: number }, ctx: Ctx) =>
      (requireAdmin(ctx, 'pool:read'), ctx.services.childQuery.list(a.filter ?? {}, a.page, a.pageSize)),
  },
  Mutation: {
    syncChildAccounts: (_: unknown, { input }: { input: { motherId: string } }, ctx: Ctx) => (write(ctx), ctx.services.children.sync(input.motherId)),
    createChildAccount: (_: unknown, { input }: { input: CreateChildInput }, ctx: Ctx) => (write(ctx), ctx.services.children.create(input)),
    removeChildAccount: (_: unknown, { input }: { input: { id: string } }, ctx: Ctx) => (write(ctx), ctx.services.children.remove(input.id)),
  },
  ChildAccount: {
    motherId: (c: ChildAccount) => c.mother.id,
  },
};
