import { requireAdmin } from '@seatpool/kit';
import type { PoolContext } from '../context';
import { audited } from './audited';
import type { ChildAccount } from '../entities';
import type { MutationCreateChildAccountArgs, MutationRemoveChildAccountArgs, MutationSyncChildAccountsArgs, Resolvers } from '../generated/resolvers-types';

type Ctx = PoolContext;
const write = (ctx: Ctx) => requireAdmin(ctx, 'pool:write');

/** Child accounts: list, sync from upstream members, create, remove (admin). */
export const childResolvers = {
  Query: {
    childAccounts: (_, a, ctx) =>
      (requireAdmin(ctx, 'pool:read'), ctx.services.childQuery.list(a.filter ?? {}, a.page, a.pageSize)),
  },
  Mutation: {
    syncChildAccounts: audited('child_account.sync', ({ input }: MutationSyncChildAccountsArgs) => ({ target: { type: 'mother', id: input.motherId }, motherId: input.motherId }),
      (_, { input }, ctx) => (write(ctx), ctx.services.children.sync(input.motherId))),
    createChildAccount: audited('child_account.create', ({ input }: MutationCreateChildAccountArgs, c: ChildAccount) => ({ target: { type: 'child_account', id: c.id }, motherId: input.motherId, payload: input }),
      (_, { input }, ctx) => (write(ctx), ctx.services.children.create(input))),
    removeChildAccount: audited('child_account.remove', ({ input }: MutationRemoveChildAccountArgs) => ({ target: { type: 'child_account', id: input.id } }),
      (_, { input }, ctx) => (write(ctx), ctx.services.children.remove(input.id))),
  },
  ChildAccount: {
    motherId: (c) => c.mother.id,
  },
} satisfies Resolvers;
