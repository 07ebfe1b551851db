import type { EntityManager } from '@mikro-orm/core';
import { CODE_STATUSES, CodeEvent, CodeSku, InviteRequest, RedeemCode, SwitchRequest, type CodeStatus } from '../entities';

/** A batch's codes by status (the `CodeCounts` shape). */
export type CodeCounts = Record<CodeStatus | 'total', number>;

const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));

function byCode<T extends { code: { id: string } }>(ids: readonly string[], rows: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const r of rows) map.get(r.code.id)?.push(r);
  return map;
}

/**
 * Batch look-ups of codes and what hangs off them, for the request loaders (src/loaders.ts): each
 * answers a map for a whole set of ids in one query.
 */
export class CodeQueryService {
  constructor(private readonly em: EntityManager) {}

  async byIds(ids: readonly string[]): Promise<Map<string, RedeemCode>> {
    return byId(await this.em.find(RedeemCode, { id: { $in: [...ids] } }));
  }

  async skusByIds(ids: readonly string[]): Promise<Map<string, CodeSku>> {
    return byId(await this.em.find(CodeSku, { id: { $in: [...ids] } }));
  }

  /** Each code's events, oldest first. */
  async eventsByCode(ids: readonly string[]): Promise<Map<string, CodeEvent[]>> {
    return byCode(ids, await this.em.find(CodeEvent, { code: { $in: [...ids] } }, { orderBy: { createdAt: 'asc', id: 'asc' } }));
  }

  /** Each code's invite requests, oldest first. */
  async invitesByCode(ids: readonly string[]): Promise<Map<string, InviteRequest[]>> {
    return byCode(ids, await this.em.find(InviteRequest, { code: { $in: [...ids] } }, { orderBy: { createdAt: 'asc', id: 'asc' } }));
  }

  /** The open switch request of each code that has one (`openFor` is unique). */
  async openSwitchByCode(ids: readonly string[]): Promise<Map<string, SwitchRequest>> {
    const rows = await this.em.find(SwitchRequest, { openFor: { $in: [...ids] } });
    return new Map(rows.map((r) => [r.openFor!, r]));
  }

  /** Each batch's codes by status, one grouped query. */
  async batchCounts(ids: readonly string[]): Promise<Map<string, CodeCounts>> {
    const rows: { batch_id: string; status: CodeStatus; n: number | string }[] = await this.em
      .getConnection()
      .execute(`select batch_id, status, count(*) as n from redeem_code where batch_id in (${ids.map(() => '?').join(',')}) group by batch_id, status`, [...ids]);
    const map = new Map(ids.map((id) => [id, emptyCounts()]));
    for (const r of rows) {
      const counts = map.get(r.batch_id)!;
      counts[r.status] = Number(r.n);
      counts.total += Number(r.n);
    }
    return map;
  }
}

export const emptyCounts = () => ({ total: 0, ...Object.fromEntries(CODE_STATUSES.map((s) => [s, 0])) }) as CodeCounts;
