import { raw, type EntityManager, type FilterQuery } from '@mikro-orm/core';
import { AppError, pageWindow, type Page, type PageWindow } from '@seatpool/kit';
import { randomUUID } from 'node:crypto';
import { BatchJob, BatchJobItem, type JobItemStatus, type JobStatus, type JobType } from '../entities';
import type { AuditService } from './audit.service';
import { jobItemCounts } from './job-runner.service';
import { compact, newestFirst, timeRange, type TimeFilter } from './list-filters';
import { jobFinished } from './users-events';

export const MAX_JOB_ITEMS = 10_000;
const CHUNK = 500;

export interface JobFilter extends TimeFilter {
  status?: JobStatus | null;
  type?: JobType | null;
}

export interface JobCounts {
  pending: number;
  succeeded: number;
  failed: number;
}

/** Enqueues, lists, retries and cancels batch jobs; the running is JobRunner's. */
export class JobQueueService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: { audit: AuditService; now: () => Date; maxAttempts: number; kick: () => void },
  ) {}

  /** A PENDING job with one item per distinct target, and its audit entry, in one transaction. */
  async enqueue(type: JobType, targetIds: string[], details: Record<string, unknown> = {}): Promise<BatchJob> {
    const targets = [...new Set(targetIds.map((t) => t.trim()).filter(Boolean))];
    if (!targets.length || targets.length > MAX_JOB_ITEMS) throw new AppError('BAD_USER_INPUT', { detail: `A job needs 1 to ${MAX_JOB_ITEMS} distinct targets.` });
    if (targets.some((t) => t.length > 64)) throw new AppError('BAD_USER_INPUT', { detail: 'A target id is at most 64 characters.' });
    const now = this.deps.now();
    const id = randomUUID();
    await this.em.transactional(async (tx) => {
      await tx.insert(BatchJob, { id, type, status: 'pending', actor: this.deps.audit.who.actor, total: targets.length, attempts: 0, maxAttempts: this.deps.maxAttempts, nextRunAt: now, createdAt: now, updatedAt: now });
      for (let i = 0; i < targets.length; i += CHUNK) {
        await tx.insertMany(BatchJobItem, targets.slice(i, i + CHUNK).map((targetId) => ({ job: id, targetId, status: 'pending' as const, attempts: 0 })));
        // A synchronous driver (SQLite) never gives the event loop back between statements: do it
        // here, so health checks and requests that need no database are answered meanwhile.
        await new Promise<void>((r) => setImmediate(r));
      }
      await this.deps.audit.record(tx, 'job.enqueue', { type: 'job', id }, { type, total: targets.length, ...details });
    });
    this.deps.kick();
    return this.em.findOneOrFail(BatchJob, { id }, { refresh: true });
  }

  async list(filter: JobFilter = {}, args: { page?: number | null; pageSize?: number | null } = {}): Promise<Page<BatchJob>> {
    const window = pageWindow(args);
    const where = compact({ status: filter.status ?? undefined, type: filter.type ?? undefined, createdAt: timeRange(filter.createdFrom, filter.createdTo) }) as FilterQuery<BatchJob>;
    return newestFirst(this.em, BatchJob, where, window);
  }

  get(id: string): Promise<BatchJob | null> {
    return this.em.findOne(BatchJob, { id });
  }

  async items(jobId: string, status: JobItemStatus | null | undefined, args: { page?: number | null; pageSize?: number | null } = {}): Promise<Page<BatchJobItem>> {
    const window = pageWindow(args);
    const where = compact({ job: jobId, status: status ?? undefined }) as FilterQuery<BatchJobItem>;
    const [items, total] = await this.em.findAndCount(BatchJobItem, where, { orderBy: { id: 'asc' }, limit: window.limit, offset: window.offset });
    return { items, total, page: window.page, pageSize: window.pageSize };
  }

  /**
   * The same page of items (same status filter and window) of many jobs in two queries, whatever
   * the number of jobs: item ids and per-job totals through a window function, then the rows.
   */
  async itemsOfJobs(jobIds: readonly string[], status: JobItemStatus | null | undefined, window: PageWindow): Promise<Map<string, Page<BatchJobItem>>> {
    const params: unknown[] = [...jobIds, ...(status ? [status] : [])];
    const ranked: { id: number | string; job_id: string; rn: number | string; total: number | string }[] = await this.em.getConnection().execute(
      `select id, job_id, rn, total from (
         select id, job_id, row_number() over (partition by job_id order by id) as rn, count(*) over (partition by job_id) as total
         from batch_job_item where job_id in (${jobIds.map(() => '?').join(',')})${status ? ' and status = ?' : ''}
       ) t where rn > ? and rn <= ? or rn = 1`,
      [...params, window.offset, window.offset + window.limit],
    );
    const pages = new Map<string, Page<BatchJobItem>>(jobIds.map((id) => [id, { items: [], total: 0, page: window.page, pageSize: window.pageSize }]));
    const inWindow = new Set<number>();
    for (const r of ranked) {
      // rn = 1 is always returned so a job whose page is past the end still learns its total.
      pages.get(r.job_id)!.total = Number(r.total);
      if (Number(r.rn) > window.offset && Number(r.rn) <= window.offset + window.limit) inWindow.add(Number(r.id));
    }
    if (inWindow.size) {
      const rows = await this.em.find(BatchJobItem, { id: { $in: [...inWindow] } }, { orderBy: { id: 'asc' } });
      for (const row of rows) pages.get(row.job.id)!.items.push(row);
    }
    return pages;
  }

  /** Item counts by status for many jobs at once (one grouped query; the jobs DataLoader). */
  async counts(jobIds: readonly string[]): Promise<Map<string, JobCounts>> {
    const rows: { job_id: string; status: string; n: number | string }[] = await this.em
      .getConnection()
      .execute(`select job_id, status, count(*) as n from batch_job_item where job_id in (${jobIds.map(() => '?').join(',')}) group by job_id, status`, [...jobIds]);
    const out = new Map<string, JobCounts>(jobIds.map((id) => [id, { pending: 0, succeeded: 0, failed: 0 }]));
    for (const r of rows) {
      const counts = out.get(r.job_id);
      if (counts && r.status in counts) counts[r.status as keyof JobCounts] = Number(r.n);
    }
    return out;
  }

  /**
   * A finished job that did not fully succeed (or a cancelled one) runs again: only its FAILED and
   * PENDING items, with a fresh attempt budget — permanent failures too, since the operator asks
   * (the cause may be fixed). Succeeded items are never touched again.
   */
  async retry(id: string): Promise<BatchJob> {
    const now = this.deps.now();
    await this.transition(id, ['partially_failed', 'failed', 'cancelled'], 'job.retry', {
      status: 'pending', nextRunAt: now, finishedAt: null, leaseHolder: null, leaseUntil: null, lastError: null,
      maxAttempts: raw(`attempts + ${this.deps.maxAttempts}`), updatedAt: now,
    }, async (tx) => {
      await tx.nativeUpdate(BatchJobItem, { job: id, status: 'failed', permanent: true }, { permanent: false });
    });
    this.deps.kick();
    return this.em.findOneOrFail(BatchJob, { id }, { refresh: true });
  }

  /** Stops a PENDING or RUNNING job; a running worker stops after its current item. */
  async cancel(id: string): Promise<BatchJob> {
    const now = this.deps.now();
    await this.transition(id, ['pending', 'running'], 'job.cancel', { status: 'cancelled', finishedAt: now, leaseHolder: null, leaseUntil: null, updatedAt: now }, async (tx) => {
      const job = await tx.findOneOrFail(BatchJob, { id }, { fields: ['type', 'total'], refresh: true });
      const counts = await jobItemCounts(tx, id);
      await jobFinished(tx, job, 'cancelled', counts, now);
    });
    return this.em.findOneOrFail(BatchJob, { id }, { refresh: true });
  }

  private async transition(id: string, from: JobStatus[], action: string, changes: Record<string, unknown>, also?: (tx: EntityManager) => Promise<void>): Promise<void> {
    const won = await this.em.transactional(async (tx) => {
      const n = await tx.nativeUpdate(BatchJob, { id, status: { $in: from } }, changes);
      if (n === 1) await this.deps.audit.record(tx, action, { type: 'job', id });
      if (n === 1 && also) await also(tx);
      return n === 1;
    });
    if (won) return;
    const job = await this.em.findOne(BatchJob, { id }, { refresh: true });
    if (!job) throw new AppError('NOT_FOUND', { detail: 'No batch job has this id.' });
    throw new AppError('CONFLICT', { detail: `The job is ${job.status.toUpperCase()}; this needs one of ${from.map((s) => s.toUpperCase()).join(', ')}.` });
  }
}
