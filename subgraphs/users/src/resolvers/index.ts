import { auditResolvers } from './audit.resolvers';
import { authResolvers } from './auth.resolvers';
import { codeResolvers } from './code.resolvers';
import { DateTime } from '@seatpool/kit';
import { enumResolvers } from './enums.resolvers';
import { inviteResolvers } from './invite.resolvers';
import { jobResolvers } from './job.resolvers';
import { redeemResolvers } from './redeem.resolvers';
import { skuResolvers } from './sku.resolvers';
import { statsResolvers } from './stats.resolvers';
import { switchResolvers } from './switch.resolvers';
import type { UsersResolvers } from './types';

const maps = [authResolvers, codeResolvers, skuResolvers, redeemResolvers, switchResolvers, inviteResolvers, jobResolvers, auditResolvers, statsResolvers, enumResolvers];

/** One resolver map for the users subgraph, merged per type from the per-concept files. */
export const resolvers: UsersResolvers = maps.reduce<UsersResolvers>(
  (merged, map) => {
    for (const [type, fields] of Object.entries(map)) merged[type] = { ...(merged[type] as object), ...(fields as object) } as never;
    return merged;
  },
  { DateTime },
);
