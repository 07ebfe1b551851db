import { requireAdmin } from '@seatpool/kit';
import { USERS_READ, USERS_WRITE } from './scopes';
import { referenced, type UsersResolvers } from './types';

export const inviteResolvers: UsersResolvers = {
  Query: {
    inviteRequests: (_, { filter, ...page }, ctx) => {
      requireAdmin(ctx, USERS_READ);
      return ctx.services.invites.list(filter ?? {}, page);
    },
  },
  Mutation: {
    resendInvite: (_, { input }, ctx) => {
      requireAdmin(ctx, USERS_WRITE);
      return ctx.services.invites.resend(input.inviteRequestId);
    },
    cancelInvite: (_, { input }, ctx) => {
      requireAdmin(ctx, USERS_WRITE);
      return ctx.services.invites.cancel(input.inviteRequestId);
    },
    removeMember: (_, { input }, ctx) => {
      requireAdmin(ctx, USERS_WRITE);
      return ctx.services.invites.remove(input.inviteRequestId);
    },
    bulkInviteAction: (_, { input }, ctx) => {
      requireAdmin(ctx, USERS_WRITE);
      return ctx.services.bulk.inviteAction(input);
    },
  },
  InviteRequest: {
    code: (invite, _, ctx) => referenced(ctx.loaders.codeById.load(invite.code.id), 'the code of an invite request'),
    mother: (invite) => (invite.motherId ? { __typename: 'Mother', id: invite.motherId } : null),
  },
};
