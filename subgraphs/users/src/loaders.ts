import { inOrder, type Page, type PageWindow } from '@seatpool/kit';
import DataLoader from 'dataloader';
import type { BatchJobItem, CodeEvent, CodeSku, InviteRequest, JobItemStatus, RedeemCode, SwitchRequest } from './entities';
import type { UsersServices } from './services';
import { emptyCounts, type CodeCounts } from './services/code-query.service';
import type { JobCounts } from './services/job-queue.service';

/**
 * DataLoaders of one request: their caches live and die with the request's entity manager. Every
 * field of a list item that needs another row goes through one of these, so a page of N items costs
 * a fixed number of queries. Each batch is one service call (the services own the queries).
 */
export function createLoaders(s: Pick<UsersServices, 'codeQuery' | 'jobs' | 'stats'>) {
  const q = s.codeQuery;
  return {
    codeById: new DataLoader<string, RedeemCode | null>(inOrder((ids) => q.byIds(ids), () => null)),
    skuById: new DataLoader<string, CodeSku | null>(inOrder((ids) => q.skusByIds(ids), () => null)),
    eventsByCode: new DataLoader<string, CodeEvent[]>(inOrder((ids) => q.eventsByCode(ids), () => [])),
    invitesByCode: new DataLoader<string, InviteRequest[]>(inOrder((ids) => q.invitesByCode(ids), () => [])),
    openSwitchByCode: new DataLoader<string, SwitchRequest | null>(inOrder((ids) => q.openSwitchByCode(ids), () => null)),
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
          const pages = await s.jobs.itemsOfJobs([...new Set(ks.map((k) => k.jobId))], ks[0].status, ks[0].window);
          for (const k of ks) out.set(`${k.jobId}:${g}`, pages.get(k.jobId)!);
        }
        return keys.map((k) => out.get(`${k.jobId}:${k.status}:${k.window.offset}:${k.window.limit}`)!);
      },
      { cacheKeyFn: (k) => `${k.jobId}:${k.status}:${k.window.offset}:${k.window.limit}` },
    ),
    jobCounts: new DataLoader<string, JobCounts>(async (ids) => {
      const counts = await s.jobs.counts(ids);
      return ids.map((id) => counts.get(id)!);
    }),
    /** A batch's codes by status (the `CodeCounts` shape), one grouped query per page of batches. */
    batchCounts: new DataLoader<string, CodeCounts>(inOrder((ids) => q.batchCounts(ids), emptyCounts)),
    /** Invite usage per mother and figures per mother group: every reference of one `_entities` call in one query. */
    usageByMother: new DataLoader((ids: readonly string[]) => s.stats.byMother(ids)),
    figuresByMotherGroup: new DataLoader((ids: readonly string[]) => s.stats.byMotherGroup(ids)),
  };
}
export type UsersLoaders = ReturnType<typeof createLoaders>;
