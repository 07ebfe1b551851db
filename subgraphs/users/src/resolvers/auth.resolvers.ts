import { requireAdminSession, requireService, type BaseContext } from '@seatpool/kit';
import type { AdminSession } from '../entities';
import type { UsersContext } from '../context';
import type { PageArgs, UsersResolvers } from './types';

/** The operator's own session (an API key has no password or sessions). */
function sessionOf(ctx: BaseContext): string {
  return requireAdminSession(ctx, 'session operations').sub;
}

export const authResolvers: UsersResolvers = {
  Query: {
    verifySession: (_: unknown, { token }: { token: string }, ctx) => {
      requireService(ctx, 'gateway');
      return ctx.services.adminAuth.verifySession(token);
    },
    adminMe: (_: unknown, __: unknown, ctx) => ctx.services.adminSessions.me(sessionOf(ctx)),
    adminSessions: (_: unknown, { filter, ...page }: PageArgs<{ activeOnly?: boolean }>, ctx) => {
      requireAdminSession(ctx, 'session operations');
      return ctx.services.adminSessions.list(filter ?? {}, page);
    },
  },
  Mutation: {
    adminLogin: (_: unknown, { input }: { input: { password: string } }, ctx) =>
      ctx.services.adminAuth.login(input.password, ctx.identity.ip),
    adminLogout: (_: unknown, __: unknown, ctx) => ctx.services.adminAuth.logout(sessionOf(ctx)),
    changeAdminPassword: (_: unknown, { input }: { input: { currentPassword: string; newPassword: string } }, ctx) =>
      ctx.services.adminAuth.changePassword(sessionOf(ctx), input.currentPassword, input.newPassword),
    revokeAdminSession: (_: unknown, { input }: { input: { sessionId: string } }, ctx) => {
      requireAdminSession(ctx, 'session operations');
      return ctx.services.adminSessions.revoke(input.sessionId);
    },
    revokeOtherAdminSessions: (_: unknown, __: unknown, ctx) => ctx.services.adminSessions.revokeOthers(sessionOf(ctx)),
  },
  AdminSessionInfo: {
    current: (s: AdminSession, _: unknown, ctx: UsersContext) => ctx.identity.kind === 'admin' && ctx.identity.sub === s.id,
    active: (s: AdminSession) => !s.revokedAt && s.expiresAt > new Date(),
  },
};
