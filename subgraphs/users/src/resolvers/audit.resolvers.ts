import { requireAdmin } from '@seatpool/kit';
import { USERS_READ } from './scopes';
import type { AuditFilter } from '../services/audit.service';
import type { BulkFilter } from '../services/bulk-history.service';
import type { PageArgs, UsersResolvers } from './types';

export const auditResolvers: UsersResolvers = {
  Query: {
    auditLogs: (_: unknown, { filter, ...page }: PageArgs<AuditFilter>, ctx) => {
      requireAdmin(ctx, USERS_READ);
      return ctx.services.audit.list(filter ?? {}, page);
    },
    bulkOperations: (_: unknown, { filter, ...page }: PageArgs<BulkFilter>, ctx) => {
      requireAdmin(ctx, USERS_READ);
      return ctx.services.bulkHistory.list(filter ?? {}, page);
    },
  },
};
