import { requireAdminSession, requireService, type BaseContext } from '@seatpool/kit';
import type { UsersResolvers } from './types';

/** The operator's own session (an API key has no password or sessions). */
function sessionOf(ctx: BaseContext): string {
  return requireAdminSession(ctx, 'session operations').sub;
}

export const authResolvers: UsersResolvers = {
  Query: {
    verifySession: (_, { token }, ctx) => {
      requireService(ctx, 'gateway');
      return ctx.services.adminAuth.verifySession(token);
    },
    adminMe: (_, __, ctx) => ctx.services.adminSessions.me(sessionOf(ctx)),
    adminSessions: (_, { filter, ...page }, ctx) => {
      requireAdminSession(ctx, 'session operations');
      return ctx.services.adminSessions.list(filter ?? {}, page);
    },
  },
  Mutation: {
    adminLogin: (_, { input }, ctx) =>
      ctx.services.adminAuth.login(input.password, ctx.identity.ip),
    adminLogout: (_, __, ctx) => ctx.services.adminAuth.logout(sessionOf(ctx)),
    changeAdminPassword: (_, { input }, ctx) =>
      ctx.services.adminAuth.changePassword(sessionOf(ctx), input.currentPassword, input.newPassword),
    revokeAdminSession: (_, { input }, ctx) => {
      requireAdminSession(ctx, 'session operations');
      return ctx.services.adminSessions.revoke(input.sessionId);
    },
    revokeOtherAdminSessions: (_, __, ctx) => ctx.services.adminSessions.revokeOthers(sessionOf(ctx)),
  },
  AdminSessionInfo: {
    current: (s, _, ctx) => ctx.identity.kind === 'admin' && ctx.identity.sub === s.id,
    active: (s) => !s.revokedAt && s.expiresAt > new Date(),
  },
};
