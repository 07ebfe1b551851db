import { requireAdmin } from '@seatpool/kit';
import { USERS_READ, USERS_WRITE } from './scopes';
import type { InviteRequest } from '../entities';
import type { InviteFilter } from '../services/invite-admin.service';
import type { PageArgs, UsersResolvers } from './types';

type Action = { input: { inviteRequestId: string } };

export const inviteResolvers: UsersResolvers = {
  Query: {
    inviteRequests: (_: unknown, { filter, ...page }: PageArgs<InviteFilter>, ctx) => {
      requireAdmin(ctx, USERS_READ);
      return ctx.services.invites.list(filter ?? {}, page);
    },
  },
  Mutation: {
    resendInvite: (_: unknown, { input }: Action, ctx) => {
      requireAdmin(ctx, USERS_WRITE);
      return ctx.services.invites.resend(input.inviteRequestId);
    },
    cancelInvite: (_: unknown, { input }: Action, ctx) => {
      requireAdmin(ctx, USERS_WRITE);
      return ctx.services.invites.cancel(input.inviteRequestId);
    },
    removeMember: (_: unknown, { input }: Action, ctx) => {
      requireAdmin(ctx, USERS_WRITE);
      return ctx.services.invites.remove(input.inviteRequestId);
    },
    bulkInviteAction: (_: unknown, { input }: { input: { action: 'resend' | 'cancel' | 'remove'; inviteRequestIds: string[] } }, ctx) => {
      requireAdmin(ctx, USERS_WRITE);
      return ctx.services.bulk.inviteAction(input);
    },
  },
  InviteRequest: {
    code: (invite: InviteRequest, _: unknown, ctx) => ctx.loaders.codeById.load(invite.code.id),
    mother: (invite: InviteRequest) => (invite.motherId ? { __typename: 'Mother', id: invite.motherId } : null),
  },
};
