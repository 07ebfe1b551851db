import type { UsersResolvers } from './types';

/** Public operations: any signed identity (the gateway rate-limits them). */
export const redeemResolvers: UsersResolvers = {
  Query: {
    redeemStatus: (_: unknown, { code, email }: { code: string; email: string }, ctx) =>
      ctx.services.redeemStatus.redeemStatus(code, email),
  },
  Mutation: {
    redeem: (_: unknown, { input }: { input: { code: string; email: string } }, ctx) => ctx.services.redeem.redeem(input),
    resendRedeemInvite: (_: unknown, { input }: { input: { code: string; email: string } }, ctx) => ctx.services.invites.publicResend(input),
  },
};
