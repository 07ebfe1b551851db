import { requireAdmin } from '@seatpool/kit';
import { USERS_READ, USERS_WRITE } from './scopes';
import type { SkuInput } from '../services/sku.service';
import type { PageArgs, UsersResolvers } from './types';

export const skuResolvers: UsersResolvers = {
  Query: {
    codeSkus: (_: unknown, { filter, ...page }: PageArgs<{ includeInactive?: boolean; search?: string }>, ctx) => {
      requireAdmin(ctx, USERS_READ);
      return ctx.services.skus.list(filter ?? {}, page);
    },
    codeSku: (_: unknown, { id }: { id: string }, ctx) => {
      requireAdmin(ctx, USERS_READ);
      return ctx.services.skus.get(id);
    },
  },
  Mutation: {
    createCodeSku: (_: unknown, { input }: { input: SkuInput }, ctx) => {
      requireAdmin(ctx, USERS_WRITE);
      return ctx.services.skus.create(input);
    },
    updateCodeSku: (_: unknown, { input: { id, ...changes } }: { input: SkuInput & { id: string } }, ctx) => {
      requireAdmin(ctx, USERS_WRITE);
      return ctx.services.skus.update(id, changes);
    },
  },
};
