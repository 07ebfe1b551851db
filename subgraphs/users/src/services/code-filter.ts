import type { FilterQuery } from '@mikro-orm/core';
import type { CodeStatus, RedeemCode } from '../entities';
import { codeHash, normalizeCode } from './code-format';
import { compact, emailFilter, likeAnywhere, timeRange } from './list-filters';

/** The admin's filter over codes (list, export, bulk disable). Time bounds: `from` inclusive, `to` exclusive. */
export interface CodeFilter {
  status?: CodeStatus | null;
  batchId?: string | null;
  skuId?: string | null;
  motherGroupId?: string | null;
  boundEmail?: string | null;
  motherId?: string | null;
  teamId?: string | null;
  createdFrom?: Date | null;
  createdTo?: Date | null;
  usedFrom?: Date | null;
  usedTo?: Date | null;
  lifecycleEndsFrom?: Date | null;
  lifecycleEndsTo?: Date | null;
  /** A plain code (exact, any case, dashes optional) or part of the bound email. */
  search?: string | null;
}

/** The WHERE of a code filter; absent fields add no condition. `hashKey` turns a searched plain code into its lookup hash. */
export function codeWhere(filter: CodeFilter, hashKey: Buffer): FilterQuery<RedeemCode> {
  return compact({
    ...search(filter.search, hashKey),
    status: filter.status ?? undefined,
    batch: filter.batchId ?? undefined,
    skuId: filter.skuId ?? undefined,
    motherGroupId: filter.motherGroupId ?? undefined,
    boundEmail: emailFilter(filter.boundEmail),
    motherId: filter.motherId ?? undefined,
    currentTeamId: filter.teamId ?? undefined,
    createdAt: timeRange(filter.createdFrom, filter.createdTo),
    usedAt: timeRange(filter.usedFrom, filter.usedTo),
    lifecycleEndsAt: timeRange(filter.lifecycleEndsFrom, filter.lifecycleEndsTo),
  }) as FilterQuery<RedeemCode>;
}

function search(text: string | null | undefined, hashKey: Buffer): Record<string, unknown> {
  const value = text?.trim();
  if (!value) return {};
  const code = normalizeCode(value);
  // Under $and, so it never collides with the exact `boundEmail` filter.
  if (code) return { $and: [{ codeHash: codeHash(hashKey, code) }] };
  return { $and: [{ boundEmail: { $like: likeAnywhere(value) } }] };
}
