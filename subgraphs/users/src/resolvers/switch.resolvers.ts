import { requireAdmin } from '@seatpool/kit';
import { USERS_READ, USERS_WRITE } from './scopes';
import { left, referenced, type UsersResolvers } from './types';

export const switchResolvers: UsersResolvers = {
  Query: {
    switchRequests: (_, { filter, ...page }, ctx) => {
      requireAdmin(ctx, USERS_READ);
      return ctx.services.switches.list(filter ?? {}, page);
    },
  },
  Mutation: {
    /** Public: the code and its bound email prove ownership (the gateway rate-limits it). */
    requestSwitch: (_, { input }, ctx) => ctx.services.switches.requestSwitch(input),
    refreshCode: (_, { input }, ctx) => ctx.services.switches.refresh(input),
    switchCode: (_, { input }, ctx) => {
      requireAdmin(ctx, USERS_WRITE);
      return ctx.services.switches.adminSwitch(input.codeId);
    },
    cancelSwitchRequest: (_, { input }, ctx) => {
      requireAdmin(ctx, USERS_WRITE);
      return ctx.services.switches.cancel(input.id);
    },
  },
  SwitchResult: {
    switchesLeft: (a) => left(a.code.switchLimit, a.code.switchCount),
    refreshesLeft: (a) => left(a.code.refreshLimit, a.code.refreshUsed),
  },
  SwitchRequest: {
    code: (r, _, ctx) => referenced(ctx.loaders.codeById.load(r.code.id), 'the code of a switch request'),
  },
};
