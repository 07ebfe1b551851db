import type { EntityManager } from '@mikro-orm/core';
import { AppError, ServiceCallError, type Logger } from '@seatpool/kit';
import { randomUUID } from 'node:crypto';
import { BatchJob, BatchJobItem, BulkOperation, type BulkOperationType, type JobStatus, type JobType } from '../entities';
import type { UsersMetrics } from '../metrics';
import type { ItemAttempt } from './invite-admin.service';

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
}

const CHUNK = 100;
const HISTORY: Record<JobType, BulkOperationType> = {
  resend_invites: 'invites_resend',
  cancel_invites: 'invites_cancel',
  remove_members: 'members_remove',
  disable_codes: 'codes_disable',
};

/**
 * Runs batch jobs: claims one under a lease (a lapsed lease is reclaimed and counts as an attempt),
 * renews the lease as items finish, runs only PENDING and FAILED items, then ends the job as
 * SUCCEEDED, PARTIALLY_FAILED or FAILED — or, while attempts remain, schedules another attempt
 * after an exponential backoff.
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
    let lastId = 0;
    for (;;) {
      const items = await this.em.find(BatchJobItem, { job: job.id, status: { $in: ['pending', 'failed'] }, id: { $gt: lastId } }, { orderBy: { id: 'asc' }, limit: CHUNK, refresh: true });
      if (!items.length) break;
      for (const item of items) {
        lastId = item.id;
        if (!(await this.heartbeat(job.id))) {
          this.deps.logger.info({ jobId: job.id }, 'batch job cancelled or its lease was lost; stopping');
          return;
        }
        const attempt = SIDE_EFFECTS.has(job.type) ? await this.recordAttempt(job, item) : undefined;
        if (attempt === null) return; // another runner took the item: our lease is gone
        const { error, note } = await this.execute(job.type, item.targetId, attempt);
        await this.em.nativeUpdate(
          BatchJobItem,
          { id: item.id, status: item.status },
          { status: error ? 'failed' : 'succeeded', attempts: item.attempts + 1, error, note: note ?? null, attemptKey: null, attemptStartedAt: null, updatedAt: this.deps.now() },
        );
        this.deps.metrics.jobItem(job.type, error ? 'failed' : 'succeeded');
      }
    }
    const fresh = await this.em.findOneOrFail(BatchJob, { id: job.id }, { refresh: true });
    await this.finish(fresh, null);
    this.deps.metrics.jobRun(job.type, (Date.now() - started) / 1000);
  }

  /**
   * Records the item's attempt before its side effect (durably: its own statement, committed before
   * the call). An item that already has one lost its worker mid-call: the attempt is resumed under
   * the same key, so the executor asks pool before repeating. Null when the item changed under us.
   */
  private async recordAttempt(job: BatchJob, item: BatchJobItem): Promise<ItemAttempt | null> {
    if (item.attemptKey) {
      this.deps.metrics.jobItem(job.type, 'resumed');
      this.deps.logger.warn({ jobId: job.id, itemId: item.id, attemptKey: item.attemptKey }, 'resuming a batch job item whose worker stopped mid-call; asking pool before repeating');
      return { key: item.attemptKey, startedAt: item.attemptStartedAt ?? this.deps.now(), resumed: true };
    }
    const attempt = { key: `${job.id}:${item.id}:${item.attempts + 1}`, startedAt: this.deps.now(), resumed: false };
    const n = await this.em.nativeUpdate(BatchJobItem, { id: item.id, status: item.status, attemptKey: null }, { attemptKey: attempt.key, attemptStartedAt: attempt.startedAt });
    return n === 1 ? attempt : null;
  }

  private async execute(type: JobType, targetId: string, attempt?: ItemAttempt): Promise<{ error: string | null; note?: string }> {
    try {
      const done = await this.deps.execute(type, targetId, attempt);
      return { error: null, note: done?.note };
    } catch (err) {
      if (err instanceof AppError) return { error: `${err.code}: ${err.detail ?? err.message}`.slice(0, 255) };
      if (err instanceof ServiceCallError) return { error: `UPSTREAM_UNAVAILABLE: ${err.kind}` };
      this.deps.logger.error({ err, type, targetId }, 'batch job item failed unexpectedly');
      return { error: 'INTERNAL' };
    }
  }

  private async heartbeat(jobId: string): Promise<boolean> {
    const now = this.deps.now();
    const n = await this.em.nativeUpdate(BatchJob, { id: jobId, status: 'running', leaseHolder: this.holder }, { leaseUntil: new Date(now.getTime() + this.deps.leaseMs), updatedAt: now });
    return n === 1;
  }

  private async finish(job: BatchJob, forcedError: string | null): Promise<void> {
    const counts = await this.counts(job.id);
    const now = this.deps.now();
    const open = counts.failed + counts.pending;
    let status: JobStatus = 'succeeded';
    if (open > 0) status = job.attempts < job.maxAttempts && !forcedError ? 'pending' : counts.succeeded ? 'partially_failed' : 'failed';
    const next = status === 'pending' ? new Date(now.getTime() + this.deps.backoffMs * 2 ** Math.max(0, job.attempts - 1)) : null;
    const won = await this.em.transactional(async (tx) => {
      const n = await tx.nativeUpdate(
        BatchJob,
        { id: job.id, status: 'running', leaseHolder: this.holder },
        { status, nextRunAt: next, leaseHolder: null, leaseUntil: null, finishedAt: status === 'pending' ? null : now, lastError: forcedError ?? (open ? `${open} item(s) failed` : null), updatedAt: now },
      );
      if (n === 1 && status !== 'pending') {
        await tx.insert(BulkOperation, { id: randomUUID(), type: HISTORY[job.type], actor: job.actor, total: job.total, succeeded: counts.succeeded, failed: open, jobId: job.id, metadata: JSON.stringify({ attempts: job.attempts }), createdAt: now });
      }
      return n === 1;
    });
    if (won && status !== 'pending') this.deps.metrics.jobFinished(job.type, status);
  }

  private async counts(jobId: string): Promise<{ pending: number; succeeded: number; failed: number }> {
    const rows: { status: string; n: number | string }[] = await this.em.getConnection().execute('select status, count(*) as n from batch_job_item where job_id = ? group by status', [jobId]);
    const get = (s: string) => Number(rows.find((r) => r.status === s)?.n ?? 0);
    return { pending: get('pending'), succeeded: get('succeeded'), failed: get('failed') };
  }
}
