import { requireAdmin } from '@seatpool/kit';
import { USERS_READ, USERS_WRITE } from './scopes';
import { left, type UsersResolvers } from './types';

export const codeResolvers: UsersResolvers = {
  Query: {
    redeemCode: (_, { code }, ctx) => {
      requireAdmin(ctx, USERS_READ);
      return ctx.services.codeAdmin.findByCode(code);
    },
    redeemCodes: (_, { filter, ...page }, ctx) => {
      requireAdmin(ctx, USERS_READ);
      return ctx.services.codeAdmin.list(filter ?? {}, page);
    },
    codeBatches: (_, { filter, ...page }, ctx) => {
      requireAdmin(ctx, USERS_READ);
      return ctx.services.codeAdmin.batches(filter ?? {}, page);
    },
    codeBatch: (_, { id }, ctx) => {
      requireAdmin(ctx, USERS_READ);
      return ctx.services.codeAdmin.batch(id);
    },
  },
  Mutation: {
    generateCodes: (_, { input }, ctx) => {
      requireAdmin(ctx, USERS_WRITE);
      return ctx.services.codeGenerator.generateCodes(input);
    },
    disableCode: (_, { id }, ctx) => {
      requireAdmin(ctx, USERS_WRITE);
      return ctx.services.codeAdmin.disable(id);
    },
    enableCode: (_, { input }, ctx) => {
      requireAdmin(ctx, USERS_WRITE);
      return ctx.services.codeAdmin.enable(input.id);
    },
    bulkDisableCodes: (_, { input }, ctx) => {
      requireAdmin(ctx, USERS_WRITE);
      return ctx.services.bulk.disableCodes(input);
    },
    exportCodes: (_, { input }, ctx) => {
      requireAdmin(ctx, USERS_WRITE);
      return ctx.services.codeExport.export(input.filter);
    },
  },
  RedeemCode: {
    __resolveReference: (ref, ctx) => {
      requireAdmin(ctx, USERS_READ);
      return ctx.loaders.codeById.load(ref.id);
    },
    batchId: (code) => code.batch.id,
    mother: (code) => (code.motherId ? { __typename: 'Mother', id: code.motherId } : null),
    sku: (code, _, ctx) => (code.skuId ? ctx.loaders.skuById.load(code.skuId) : null),
    switchesLeft: (code) => left(code.switchLimit, code.switchCount),
    events: (code, _, ctx) => ctx.loaders.eventsByCode.load(code.id),
    inviteRequests: (code, _, ctx) => ctx.loaders.invitesByCode.load(code.id),
    openSwitchRequest: (code, _, ctx) => ctx.loaders.openSwitchByCode.load(code.id),
  },
  CodeBatch: {
    sku: (batch, _, ctx) => (batch.skuId ? ctx.loaders.skuById.load(batch.skuId) : null),
    codes: (batch, _, ctx) => ctx.loaders.batchCounts.load(batch.id),
  },
};
