import { raw, type EntityManager } from '@mikro-orm/core';
import { AppError, ServiceCallError, type Logger } from '@seatpool/kit';
import { randomUUID } from 'node:crypto';
import { BatchJob, BatchJobItem, BulkOperation, type BulkOperationType, type JobItemStatus, type JobStatus, type JobType } from '../entities';
import type { UsersMetrics } from '../metrics';
import type { ItemOutcome } from './code-admin.service';
import type { ItemAttempt } from './invite-admin.service';
import { jobFinished } from './users-events';

/** Runs one item; may answer a note for the item's result (e.g. a resumed attempt that was not repeated). */
export type ItemExecutor = (type: JobType, targetId: string, attempt?: ItemAttempt) => Promise<{ note?: string } | void>;

// Items whose action has an upstream side effect: they record their attempt before the call.
const SIDE_EFFECTS: ReadonlySet<JobType> = new Set(['resend_invites', 'cancel_invites', 'remove_members']);

export interface JobRunnerDeps {
  leaseMs: number;
  backoffMs: number;
  now: () => Date;
  logger: Logger;
  metrics: UsersMetrics;
  execute: ItemExecutor;
  /**
   * Set-based runners: a whole chunk of items of that type in one transaction (no upstream call,
   * so one conditional UPDATE does the work of many items). Answers each target's outcome.
   */
  chunk?: Partial<Record<JobType, ChunkExecutor>>;
}

/** An open item as the runner reads it (a plain row). */
interface OpenItem {
  id: number;
  targetId: string;
  status: JobItemStatus;
  attempts: number;
  attemptKey: string | null;
  attemptStartedAt: Date | null;
}

export type ChunkExecutor = (tx: EntityManager, job: BatchJob, targetIds: string[]) => Promise<Map<string, ItemOutcome>>;

// Items per round: bounded, so the lease is renewed and the event loop (and the database) are
// given back to interactive requests between chunks. A set-based chunk is one short write
// transaction (on SQLite it holds the only writer, and with a synchronous driver the event loop
// too): 500 codes keep it to a few milliseconds while still disabling thousands of codes a second.
const CHUNK = 100;
export const SET_CHUNK = 500;
// Errors retrying cannot fix: the item fails at once with its reason (an operator's retry still runs it).
const PERMANENT = new Set(['NOT_FOUND', 'CONFLICT', 'BAD_USER_INPUT', 'FORBIDDEN', 'INVITE_ALREADY_ACCEPTED']);
const yieldToEventLoop = () => new Promise<void>((r) => setImmediate(r));
const HISTORY: Record<JobType, BulkOperationType> = {
  resend_invites: 'invites_resend',
  cancel_invites: 'invites_cancel',
  remove_members: 'members_remove',
  disable_codes: 'codes_disable',
};

/**
 * Runs batch jobs: claims one under a lease (a lapsed lease is reclaimed and counts as an attempt),
 * renews the lease as items finish, runs only PENDING and (not permanently) FAILED items in bounded
 * chunks, yielding between them, then ends the job as SUCCEEDED, PARTIALLY_FAILED or FAILED — or,
 * while attempts remain and a failure may still pass, schedules another attempt after an
 * exponential backoff.
 */
export class JobRunner {
  readonly holder = `runner-${process.pid}-${randomUUID().slice(0, 8)}`;

  constructor(private readonly em: EntityManager, private readonly deps: JobRunnerDeps) {}

  /** Runs due jobs one after another, at most `max`. */
  async runDue(max = 3): Promise<number> {
    let ran = 0;
    for (; ran < max; ran++) {
      const job = await this.claim();
      if (!job) break;
      await this.run(job);
    }
    return ran;
  }

  /** Takes the oldest due job (or one whose runner's lease lapsed); null when none is due. */
  async claim(): Promise<BatchJob | null> {
    const now = this.deps.now();
    const candidates = await this.em.find(
      BatchJob,
      { $or: [{ status: 'pending', $or: [{ nextRunAt: null }, { nextRunAt: { $lte: now } }] }, { status: 'running', leaseUntil: { $lt: now } }] },
      { orderBy: { createdAt: 'asc', id: 'asc' }, limit: 5, refresh: true },
    );
    for (const c of candidates) {
      const reclaim = c.status === 'running';
      const won = await this.em.nativeUpdate(
        BatchJob,
        { id: c.id, status: c.status, attempts: c.attempts },
        { status: 'running', attempts: c.attempts + 1, leaseHolder: this.holder, leaseUntil: new Date(now.getTime() + this.deps.leaseMs), startedAt: c.startedAt ?? now, updatedAt: now },
      );
      if (won !== 1) continue;
      if (reclaim) {
        this.deps.metrics.jobReclaimed(c.type);
        this.deps.logger.warn({ jobId: c.id, previousHolder: c.leaseHolder, attempts: c.attempts + 1 }, 'reclaimed a batch job whose runner stopped');
      }
      if (c.attempts > 0) this.deps.metrics.jobRetried(c.type);
      const job = await this.em.findOneOrFail(BatchJob, { id: c.id }, { refresh: true });
      if (job.attempts > job.maxAttempts) {
        await this.finish(job, 'worker lost too often'); // a job that keeps killing its runner ends here
        continue;
      }
      return job;
    }
    return null;
  }

  /** Runs the job's open items while it holds the lease, then ends or reschedules it. */
  async run(job: BatchJob): Promise<void> {
    const started = Date.now();
    const chunk = this.deps.chunk?.[job.type];
    let lastId = 0;
    for (;;) {
      const items = await this.openItems(job.id, lastId, chunk ? SET_CHUNK : CHUNK);
      if (!items.length) break;
      lastId = items[items.length - 1].id;
      const kept = chunk ? await this.runChunk(job, items, chunk) : await this.runEach(job, items);
      if (!kept) {
        this.deps.logger.info({ jobId: job.id }, 'batch job cancelled or its lease was lost; stopping');
        return;
      }
      await yieldToEventLoop();
    }
    const fresh = await this.em.findOneOrFail(BatchJob, { id: job.id }, { refresh: true });
    await this.finish(fresh, null);
    this.deps.metrics.jobRun(job.type, (Date.now() - started) / 1000);
  }

  /**
   * The next open items (PENDING, or FAILED and not permanent) after `lastId`: plain rows, outside
   * the identity map, so a long job neither hydrates nor tracks thousands of entities.
   */
  private async openItems(jobId: string, lastId: number, limit: number): Promise<OpenItem[]> {
    const rows: { id: number; target_id: string; status: JobItemStatus; attempts: number; attempt_key: string | null; attempt_started_at: Date | string | number | null }[] =
      await this.em.getConnection().execute(
        `select id, target_id, status, attempts, attempt_key, attempt_started_at from batch_job_item
          where job_id = ? and id > ? and (status = 'pending' or (status = 'failed' and not permanent)) order by id limit ${Number(limit)}`,
        [jobId, lastId],
      );
    return rows.map((r) => ({
      id: Number(r.id), targetId: r.target_id, status: r.status, attempts: Number(r.attempts), attemptKey: r.attempt_key,
      attemptStartedAt: r.attempt_started_at === null ? null : new Date(r.attempt_started_at),
    }));
  }

  /** One item after another (each may call the upstream); false when the lease is gone. */
  private async runEach(job: BatchJob, items: OpenItem[]): Promise<boolean> {
    for (const item of items) {
      if (!(await this.heartbeat(job.id))) return false;
      const attempt = SIDE_EFFECTS.has(job.type) ? await this.recordAttempt(job, item) : undefined;
      if (attempt === null) return false; // another runner took the item: our lease is gone
      const { error, note, permanent } = await this.execute(job.type, item.targetId, attempt);
      await this.em.nativeUpdate(
        BatchJobItem,
        { id: item.id, status: item.status },
        { status: error ? 'failed' : 'succeeded', attempts: item.attempts + 1, error, permanent, note: note ?? null, attemptKey: null, attemptStartedAt: null, updatedAt: this.deps.now() },
      );
      this.deps.metrics.jobItem(job.type, error ? 'failed' : 'succeeded');
    }
    return true;
  }

  /**
   * A whole chunk set-based: the work and the items' results in one transaction, one UPDATE per
   * distinct outcome (not per item). False when the lease is gone.
   */
  private async runChunk(job: BatchJob, items: OpenItem[], chunk: ChunkExecutor): Promise<boolean> {
    if (!(await this.heartbeat(job.id))) return false;
    const now = this.deps.now();
    const outcomes = await this.em.transactional(async (tx) => {
      const byTarget = await chunk(tx, job, items.map((i) => i.targetId));
      const groups = new Map<string, { outcome: ItemOutcome; ids: number[] }>();
      for (const item of items) {
        const outcome = byTarget.get(item.targetId) ?? { error: 'INTERNAL', permanent: false };
        const key = `${outcome.permanent}:${outcome.error ?? ''}`;
        (groups.get(key) ?? groups.set(key, { outcome, ids: [] }).get(key)!).ids.push(item.id);
      }
      for (const { outcome, ids } of groups.values()) {
        await tx.nativeUpdate(
          BatchJobItem,
          { id: { $in: ids }, status: { $in: ['pending', 'failed'] } },
          { status: outcome.error ? 'failed' : 'succeeded', attempts: raw('attempts + 1'), error: outcome.error, permanent: outcome.permanent, updatedAt: now },
        );
      }
      return [...groups.values()];
    });
    for (const { outcome, ids } of outcomes) this.deps.metrics.jobItem(job.type, outcome.error ? 'failed' : 'succeeded', ids.length);
    return true;
  }

  /**
   * Records the item's attempt before its side effect (durably: its own statement, committed before
   * the call). An item that already has one lost its worker mid-call: the attempt is resumed under
   * the same key, so the executor asks pool before repeating. Null when the item changed under us.
   */
  private async recordAttempt(job: BatchJob, item: OpenItem): Promise<ItemAttempt | null> {
    if (item.attemptKey) {
      this.deps.metrics.jobItem(job.type, 'resumed');
      this.deps.logger.warn({ jobId: job.id, itemId: item.id, attemptKey: item.attemptKey }, 'resuming a batch job item whose worker stopped mid-call; asking pool before repeating');
      return { key: item.attemptKey, startedAt: item.attemptStartedAt ?? this.deps.now(), resumed: true };
    }
    const attempt = { key: `${job.id}:${item.id}:${item.attempts + 1}`, startedAt: this.deps.now(), resumed: false };
    const n = await this.em.nativeUpdate(BatchJobItem, { id: item.id, status: item.status, attemptKey: null }, { attemptKey: attempt.key, attemptStartedAt: attempt.startedAt });
    return n === 1 ? attempt : null;
  }

  private async execute(type: JobType, targetId: string, attempt?: ItemAttempt): Promise<{ error: string | null; permanent: boolean; note?: string }> {
    try {
      const done = await this.deps.execute(type, targetId, attempt);
      return { error: null, permanent: false, note: done?.note };
    } catch (err) {
      if (err instanceof AppError) return { error: `${err.code}: ${err.detail ?? err.message}`.slice(0, 255), permanent: PERMANENT.has(err.code) };
      if (err instanceof ServiceCallError) return { error: `UPSTREAM_UNAVAILABLE: ${err.kind}`, permanent: false };
      this.deps.logger.error({ err, type, targetId }, 'batch job item failed unexpectedly');
      return { error: 'INTERNAL', permanent: false };
    }
  }

  private async heartbeat(jobId: string): Promise<boolean> {
    const now = this.deps.now();
    const n = await this.em.nativeUpdate(BatchJob, { id: jobId, status: 'running', leaseHolder: this.holder }, { leaseUntil: new Date(now.getTime() + this.deps.leaseMs), updatedAt: now });
    return n === 1;
  }

  private async finish(job: BatchJob, forcedError: string | null): Promise<void> {
    const counts = await jobItemCounts(this.em, job.id);
    const now = this.deps.now();
    const open = counts.failed + counts.pending;
    // Another attempt only when some open item may still pass (pending, or failed for a transient reason).
    const mayPass = counts.pending + counts.failed - counts.permanent > 0;
    let status: JobStatus = 'succeeded';
    if (open > 0) status = mayPass && job.attempts < job.maxAttempts && !forcedError ? 'pending' : counts.succeeded ? 'partially_failed' : 'failed';
    const next = status === 'pending' ? new Date(now.getTime() + this.deps.backoffMs * 2 ** Math.max(0, job.attempts - 1)) : null;
    const won = await this.em.transactional(async (tx) => {
      const n = await tx.nativeUpdate(
        BatchJob,
        { id: job.id, status: 'running', leaseHolder: this.holder },
        { status, nextRunAt: next, leaseHolder: null, leaseUntil: null, finishedAt: status === 'pending' ? null : now, lastError: forcedError ?? (open ? `${open} item(s) failed` : null), updatedAt: now },
      );
      if (n === 1 && status !== 'pending') {
        await tx.insert(BulkOperation, { id: randomUUID(), type: HISTORY[job.type], actor: job.actor, total: job.total, succeeded: counts.succeeded, failed: open, jobId: job.id, metadata: JSON.stringify({ attempts: job.attempts }), createdAt: now });
        await jobFinished(tx, job, status, { succeeded: counts.succeeded, failed: open }, now);
      }
      return n === 1;
    });
    if (won && status !== 'pending') this.deps.metrics.jobFinished(job.type, status);
  }
}

/**
 * A job's items by status; `permanent` counts the failed ones no automatic attempt will run again.
 * Inside a transaction it reads through it (`em` of the transaction).
 */
export async function jobItemCounts(em: EntityManager, jobId: string): Promise<{ pending: number; succeeded: number; failed: number; permanent: number }> {
  const rows: { status: string; permanent: number | boolean | string; n: number | string }[] = await em
    .getConnection()
    .execute('select status, permanent, count(*) as n from batch_job_item where job_id = ? group by status, permanent', [jobId], 'all', em.getTransactionContext());
  const sum = (match: (r: (typeof rows)[number]) => boolean) => rows.filter(match).reduce((n, r) => n + Number(r.n), 0);
  const isPermanent = (r: (typeof rows)[number]) => r.permanent === true || Number(r.permanent) === 1;
  return {
    pending: sum((r) => r.status === 'pending'),
    succeeded: sum((r) => r.status === 'succeeded'),
    failed: sum((r) => r.status === 'failed'),
    permanent: sum((r) => r.status === 'failed' && isPermanent(r)),
  };
}
