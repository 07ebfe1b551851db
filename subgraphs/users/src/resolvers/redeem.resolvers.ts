import type { UsersResolvers } from './types';

/** Public operations: any signed identity (the gateway rate-limits them). */
export const redeemResolvers: UsersResolvers = {
  Query: {
    redeemStatus: (_: unknown, { code, email }: { code: string; email: string }, ctx) =>
      ctx.services.redeemStatus.redeemStatus(code, email),
  },
  Mutation: {
    redeem: (_: unknown, { input }: { input: { code: string; email: string } }, ctx) => ctx.services.redeem.redeem(input),
  },
  RedeemStatus: { INVITE_SENT: 'invite_sent', ALREADY_IN_TEAM: 'already_in_team', PROCESSING: 'processing' },
  InviteStatus: { PENDING: 'pending', SENT: 'sent', ACCEPTED: 'accepted', FAILED: 'failed', CANCELLED: 'cancelled' },
};
