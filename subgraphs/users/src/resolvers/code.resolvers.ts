import { requireAdmin } from '@seatpool/kit';
import { USERS_READ, USERS_WRITE } from './scopes';
import type { CodeBatch, RedeemCode } from '../entities';
import type { BatchFilter } from '../services/code-admin.service';
import type { CodeFilter } from '../services/code-filter';
import type { GenerateCodesInput } from '../services/code-generator.service';
import type { PageArgs, UsersResolvers } from './types';

const left = (limit: number | null | undefined, used: number) => (limit === null || limit === undefined ? null : Math.max(0, limit - used));

export const codeResolvers: UsersResolvers = {
  Query: {
    redeemCode: (_: unknown, { code }: { code: string }, ctx) => {
      requireAdmin(ctx, USERS_READ);
      return ctx.services.codeAdmin.findByCode(code);
    },
    redeemCodes: (_: unknown, { filter, ...page }: PageArgs<CodeFilter>, ctx) => {
      requireAdmin(ctx, USERS_READ);
      return ctx.services.codeAdmin.list(filter ?? {}, page);
    },
    codeBatches: (_: unknown, { filter, ...page }: PageArgs<BatchFilter>, ctx) => {
      requireAdmin(ctx, USERS_READ);
      return ctx.services.codeAdmin.batches(filter ?? {}, page);
    },
    codeBatch: (_: unknown, { id }: { id: string }, ctx) => {
      requireAdmin(ctx, USERS_READ);
      return ctx.services.codeAdmin.batch(id);
    },
  },
  Mutation: {
    generateCodes: (_: unknown, { input }: { input: GenerateCodesInput }, ctx) => {
      requireAdmin(ctx, USERS_WRITE);
      return ctx.services.codeGenerator.generateCodes(input);
    },
    disableCode: (_: unknown, { id }: { id: string }, ctx) => {
      requireAdmin(ctx, USERS_WRITE);
      return ctx.services.codeAdmin.disable(id);
    },
    enableCode: (_: unknown, { input }: { input: { id: string } }, ctx) => {
      requireAdmin(ctx, USERS_WRITE);
      return ctx.services.codeAdmin.enable(input.id);
    },
    bulkDisableCodes: (_: unknown, { input }: { input: { ids?: string[]; filter?: CodeFilter } }, ctx) => {
      requireAdmin(ctx, USERS_WRITE);
      return ctx.services.bulk.disableCodes(input);
    },
    exportCodes: (_: unknown, { input }: { input: { filter: CodeFilter } }, ctx) => {
      requireAdmin(ctx, USERS_WRITE);
      return ctx.services.codeExport.export(input.filter);
    },
  },
  RedeemCode: {
    __resolveReference: (ref: { id: string }, ctx) => {
      requireAdmin(ctx, USERS_READ);
      return ctx.loaders.codeById.load(ref.id);
    },
    batchId: (code: RedeemCode) => code.batch.id,
    mother: (code: RedeemCode) => (code.motherId ? { __typename: 'Mother', id: code.motherId } : null),
    sku: (code: RedeemCode, _: unknown, ctx) => (code.skuId ? ctx.loaders.skuById.load(code.skuId) : null),
    switchesLeft: (code: RedeemCode) => left(code.switchLimit, code.switchCount),
    events: (code: RedeemCode, _: unknown, ctx) => ctx.loaders.eventsByCode.load(code.id),
    inviteRequests: (code: RedeemCode, _: unknown, ctx) => ctx.loaders.invitesByCode.load(code.id),
    openSwitchRequest: (code: RedeemCode, _: unknown, ctx) => ctx.loaders.openSwitchByCode.load(code.id),
  },
  CodeBatch: {
    sku: (batch: CodeBatch, _: unknown, ctx) => (batch.skuId ? ctx.loaders.skuById.load(batch.skuId) : null),
    codes: (batch: CodeBatch, _: unknown, ctx) => ctx.loaders.batchCounts.load(batch.id),
  },
};
