import { requireAdmin } from '@seatpool/kit';
import type { RedeemCode } from '../entities';
import type { GenerateCodesInput } from '../services/code-generator.service';
import type { UsersResolvers } from './types';

export const codeResolvers: UsersResolvers = {
  Query: {
    redeemCode: (_: unknown, { code }: { code: string }, ctx) => {
      requireAdmin(ctx);
      return ctx.services.codeAdmin.findByCode(code);
    },
  },
  Mutation: {
    generateCodes: (_: unknown, { input }: { input: GenerateCodesInput }, ctx) => {
      requireAdmin(ctx);
      return ctx.services.codeGenerator.generateCodes(input);
    },
    disableCode: (_: unknown, { id }: { id: string }, ctx) => {
      requireAdmin(ctx);
      return ctx.services.codeAdmin.disable(id);
    },
  },
  RedeemCode: {
    __resolveReference: (ref: { id: string }, ctx) => {
      requireAdmin(ctx);
      return ctx.loaders.codeById.load(ref.id);
    },
    batchId: (code: RedeemCode) => code.batch.id,
    mother: (code: RedeemCode) => (code.motherId ? { __typename: 'Mother', id: code.motherId } : null),
  },
  CodeStatus: { UNUSED: 'unused', RESERVED: 'reserved', USED: 'used', DISABLED: 'disabled', EXPIRED: 'expired' },
};
