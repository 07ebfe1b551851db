import { requireAdmin, requireService } from '@seatpool/kit';
import type { UsersResolvers } from './types';

export const authResolvers: UsersResolvers = {
  Query: {
    verifySession: (_: unknown, { token }: { token: string }, ctx) => {
      requireService(ctx, 'gateway');
      return ctx.services.adminAuth.verifySession(token);
    },
  },
  Mutation: {
    adminLogin: (_: unknown, { input }: { input: { password: string } }, ctx) =>
      ctx.services.adminAuth.login(input.password, ctx.identity.ip),
    adminLogout: (_: unknown, __: unknown, ctx) => {
      const { sub } = requireAdmin(ctx);
      return ctx.services.adminAuth.logout(sub);
    },
  },
};
