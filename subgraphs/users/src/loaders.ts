import type { EntityManager } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import { CODE_STATUSES, CodeEvent, CodeSku, InviteRequest, RedeemCode, SwitchRequest, type CodeStatus } from './entities';
import type { UsersServices } from './services';
import type { Page, PageWindow } from '@seatpool/kit';
import type { BatchJobItem, JobItemStatus } from './entities';
import type { JobCounts } from './services/job-queue.service';

function byId<T extends { id: string }>(load: (ids: string[]) => Promise<T[]>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await load([...ids]);
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

function grouped<T>(load: (ids: string[]) => Promise<T[]>, keyOf: (row: T) => string) {
  return new DataLoader<string, T[]>(async (ids) => {
    const rows = await load([...ids]);
    const map = new Map<string, T[]>(ids.map((id) => [id, []]));
    for (const r of rows) map.get(keyOf(r))?.push(r);
    return ids.map((id) => map.get(id)!);
  });
}

/**
 * DataLoaders of one request: their caches live and die with the request's entity manager. Every
 * field of a list item that needs another row goes through one of these, so a page of N items costs
 * a fixed number of queries.
 */
export function createLoaders(em: EntityManager, services: UsersServices) {
  return {
    codeById: byId((ids) => em.find(RedeemCode, { id: { $in: ids } })),
    skuById: byId((ids) => em.find(CodeSku, { id: { $in: ids } })),
    eventsByCode: grouped((ids) => em.find(CodeEvent, { code: { $in: ids } }, { orderBy: { createdAt: 'asc', id: 'asc' } }), (e) => e.code.id),
    invitesByCode: grouped((ids) => em.find(InviteRequest, { code: { $in: ids } }, { orderBy: { createdAt: 'asc', id: 'asc' } }), (i) => i.code.id),
    openSwitchByCode: new DataLoader<string, SwitchRequest | null>(async (ids) => {
      const rows = await em.find(SwitchRequest, { openFor: { $in: [...ids] } });
      const map = new Map(rows.map((r) => [r.openFor!, r]));
      return ids.map((id) => map.get(id) ?? null);
    }),
    /** A page of a job's items; keys of one request with the same filter and window share two queries. */
    jobItems: new DataLoader<{ jobId: string; status: JobItemStatus | null; window: PageWindow }, Page<BatchJobItem>, string>(
      async (keys) => {
        const out = new Map<string, Page<BatchJobItem>>();
        const groups = new Map<string, typeof keys[number][]>();
        for (const k of keys) {
          const g = `${k.status}:${k.window.offset}:${k.window.limit}`;
          groups.set(g, [...(groups.get(g) ?? []), k]);
        }
        for (const [g, ks] of groups) {
          const pages = await services.jobs.itemsOfJobs([...new Set(ks.map((k) => k.jobId))], ks[0].status, ks[0].window);
          for (const k of ks) out.set(`${k.jobId}:${g}`, pages.get(k.jobId)!);
        }
        return keys.map((k) => out.get(`${k.jobId}:${k.status}:${k.window.offset}:${k.window.limit}`)!);
      },
      { cacheKeyFn: (k) => `${k.jobId}:${k.status}:${k.window.offset}:${k.window.limit}` },
    ),
    jobCounts: new DataLoader<string, JobCounts>(async (ids) => {
      const counts = await services.jobs.counts(ids);
      return ids.map((id) => counts.get(id)!);
    }),
    /** A batch's codes by status (the `CodeCounts` shape), one grouped query per page of batches. */
    batchCounts: new DataLoader<string, Record<CodeStatus | 'total', number>>(async (ids) => {
      const rows: { batch_id: string; status: CodeStatus; n: number | string }[] = await em
        .getConnection()
        .execute(`select batch_id, status, count(*) as n from redeem_code where batch_id in (${ids.map(() => '?').join(',')}) group by batch_id, status`, [...ids]);
      const empty = () => ({ total: 0, ...Object.fromEntries(CODE_STATUSES.map((s) => [s, 0])) }) as Record<CodeStatus | 'total', number>;
      const map = new Map(ids.map((id) => [id, empty()]));
      for (const r of rows) {
        const counts = map.get(r.batch_id)!;
        counts[r.status] = Number(r.n);
        counts.total += Number(r.n);
      }
      return ids.map((id) => map.get(id)!);
    }),
  };
}
export type UsersLoaders = ReturnType<typeof createLoaders>;
