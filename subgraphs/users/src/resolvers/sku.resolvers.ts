import { requireAdmin } from '@seatpool/kit';
import { USERS_READ, USERS_WRITE } from './scopes';
import type { UsersResolvers } from './types';

export const skuResolvers: UsersResolvers = {
  Query: {
    codeSkus: (_, { filter, ...page }, ctx) => {
      requireAdmin(ctx, USERS_READ);
      return ctx.services.skus.list(filter ?? {}, page);
    },
    codeSku: (_, { id }, ctx) => {
      requireAdmin(ctx, USERS_READ);
      return ctx.services.skus.get(id);
    },
  },
  Mutation: {
    createCodeSku: (_, { input }, ctx) => {
      requireAdmin(ctx, USERS_WRITE);
      return ctx.services.skus.create(input);
    },
    updateCodeSku: (_, { input: { id, ...changes } }, ctx) => {
      requireAdmin(ctx, USERS_WRITE);
      return ctx.services.skus.update(id, changes);
    },
  },
};
