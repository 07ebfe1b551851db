import { requireAdmin } from '@seatpool/kit';
import { USERS_READ } from './scopes';
import type { UsersResolvers } from './types';

export const auditResolvers: UsersResolvers = {
  Query: {
    auditLogs: (_, { filter, ...page }, ctx) => {
      requireAdmin(ctx, USERS_READ);
      return ctx.services.audit.list(filter ?? {}, page);
    },
    bulkOperations: (_, { filter, ...page }, ctx) => {
      requireAdmin(ctx, USERS_READ);
      return ctx.services.bulkHistory.list(filter ?? {}, page);
    },
  },
};
