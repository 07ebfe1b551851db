import { authResolvers } from './auth.resolvers';
import { codeResolvers } from './code.resolvers';
import { dashboardResolvers } from './dashboard.resolvers';
import { DateTime } from './date-time.scalar';
import { redeemResolvers } from './redeem.resolvers';
import type { UsersResolvers } from './types';

const maps = [authResolvers, codeResolvers, redeemResolvers, dashboardResolvers];

/** One resolver map for the users subgraph, merged per type from the per-concept files. */
export const resolvers: UsersResolvers = maps.reduce<UsersResolvers>(
  (merged, map) => {
    for (const [type, fields] of Object.entries(map)) merged[type] = { ...(merged[type] as object), ...(fields as object) } as never;
    return merged;
  },
  { DateTime },
);
