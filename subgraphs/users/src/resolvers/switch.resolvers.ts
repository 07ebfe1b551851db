import { requireAdmin } from '@seatpool/kit';
import { USERS_READ, USERS_WRITE } from './scopes';
import type { SwitchRequest } from '../entities';
import type { SwitchAnswer, SwitchRequestFilter } from '../services/switch.service';
import type { PageArgs, UsersResolvers } from './types';

const left = (limit: number | null | undefined, used: number) => (limit === null || limit === undefined ? null : Math.max(0, limit - used));

export const switchResolvers: UsersResolvers = {
  Query: {
    switchRequests: (_: unknown, { filter, ...page }: PageArgs<SwitchRequestFilter>, ctx) => {
      requireAdmin(ctx, USERS_READ);
      return ctx.services.switches.list(filter ?? {}, page);
    },
  },
  Mutation: {
    /** Public: the code and its bound email prove ownership (the gateway rate-limits it). */
    requestSwitch: (_: unknown, { input }: { input: { code: string; email: string } }, ctx) => ctx.services.switches.requestSwitch(input),
    refreshCode: (_: unknown, { input }: { input: { code: string; email: string; newEmail?: string } }, ctx) => ctx.services.switches.refresh(input),
    switchCode: (_: unknown, { input }: { input: { codeId: string } }, ctx) => {
      requireAdmin(ctx, USERS_WRITE);
      return ctx.services.switches.adminSwitch(input.codeId);
    },
    cancelSwitchRequest: (_: unknown, { input }: { input: { id: string } }, ctx) => {
      requireAdmin(ctx, USERS_WRITE);
      return ctx.services.switches.cancel(input.id);
    },
  },
  SwitchResult: {
    switchesLeft: (a: SwitchAnswer) => left(a.code.switchLimit, a.code.switchCount),
    refreshesLeft: (a: SwitchAnswer) => left(a.code.refreshLimit, a.code.refreshUsed),
  },
  SwitchRequest: {
    code: (r: SwitchRequest, _: unknown, ctx) => ctx.loaders.codeById.load(r.code.id),
  },
};
