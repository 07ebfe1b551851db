import type { UsersResolvers } from './types';

/** Public operations: any signed identity (the gateway rate-limits them). */
export const redeemResolvers: UsersResolvers = {
  Query: {
    redeemStatus: (_, { code, email }, ctx) =>
      ctx.services.redeemStatus.redeemStatus(code, email),
  },
  Mutation: {
    redeem: (_, { input }, ctx) => ctx.services.redeem.redeem(input),
    resendRedeemInvite: (_, { input }, ctx) => ctx.services.invites.publicResend(input),
  },
};
