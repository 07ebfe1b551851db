import { auditResolvers } from './audit.resolvers';
import { authResolvers } from './auth.resolvers';
import { codeResolvers } from './code.resolvers';
import { DateTime } from '@seatpool/kit';
import { enumResolvers } from './enums.resolvers';
import { eventsResolvers } from './events.resolvers';
import { inviteResolvers } from './invite.resolvers';
import { jobResolvers } from './job.resolvers';
import { redeemResolvers } from './redeem.resolvers';
import { skuResolvers } from './sku.resolvers';
import { statsResolvers } from './stats.resolvers';
import { switchResolvers } from './switch.resolvers';
import type { UsersResolvers } from './types';

const maps = [authResolvers, codeResolvers, skuResolvers, redeemResolvers, switchResolvers, inviteResolvers, jobResolvers, auditResolvers, statsResolvers, eventsResolvers, enumResolvers];

/** One resolver map for the users subgraph, merged per type from the per-concept files (each checked against the schema). */
export const resolvers: UsersResolvers = merge(maps);

function merge(parts: UsersResolvers[]): UsersResolvers {
  const merged: Record<string, object> = { DateTime };
  for (const map of parts) for (const [type, fields] of Object.entries(map)) merged[type] = { ...merged[type], ...fields };
  return merged;
}
