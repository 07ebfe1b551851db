import type { EntityManager } from '@mikro-orm/core';
import { ServiceCallError, type Logger } from '@seatpool/kit';
import type { Placement, PoolClient } from '../clients/pool.client';
import { RedeemCode, SwitchRequest } from '../entities';
import type { SwitchExecutor } from './switch-executor.service';
import { switchEnded } from './users-events';

export interface SwitchQueueDeps {
  pool: PoolClient;
  executor: SwitchExecutor;
  now: () => Date;
  logger: Logger;
  requestId: string;
  placementTimeoutMs: number;
  reservationTtlMs: number;
}

const BATCH = 20;
const ABORTED: Omit<Placement, 'idempotencyKey' | 'email'> = { status: 'ABORTED', motherId: null, teamId: null, teamName: null, alreadyMember: false, errorCode: null, inviteState: null, releaseReason: null };

/**
 * The switch queue's maintenance: ends requests whose code's lifecycle is over (or whose code can
 * no longer move), retries QUEUED requests that are due, and finds the outcome of RUNNING ones
 * whose placement call never answered (like the redeem reconciler: ask pool, else abort).
 */
export class SwitchQueueService {
  constructor(private readonly em: EntityManager, private readonly deps: SwitchQueueDeps) {}

  async expire(): Promise<number> {
    const now = this.deps.now();
    // One by one (each with its `users.switch.done`); a round ends at most 200, the next round the rest.
    const due = await this.em.find(SwitchRequest, { status: 'queued', expiresAt: { $lte: now } }, { fields: ['code'], limit: 200, refresh: true });
    let expired = 0;
    for (const r of due) expired += await this.end(r, 'EXPIRED', 'LIFECYCLE_ENDED', now);
    // A queued request whose code stopped being USED (expired, disabled, removed) has nothing to move.
    const stale = await this.em.find(SwitchRequest, { status: 'queued' }, { populate: ['code'], limit: 200, refresh: true });
    let cancelled = 0;
    for (const r of stale) {
      const code = r.code.getEntity() as RedeemCode;
      if (code.status === 'used' && code.boundEmail === (r.fromEmail ?? r.email)) continue;
      cancelled += await this.end(r, 'CANCELLED', 'CODE_NOT_ACTIVE', now);
    }
    return expired + cancelled;
  }

  /** QUEUED → EXPIRED / CANCELLED, with its `users.switch.done`; 1 when this call ended it. */
  private end(request: Pick<SwitchRequest, 'id' | 'code'>, status: 'EXPIRED' | 'CANCELLED', lastError: string, now: Date): Promise<number> {
    return this.em.transactional(async (tx) => {
      const n = await tx.nativeUpdate(SwitchRequest, { id: request.id, status: 'queued' }, { status: status === 'EXPIRED' ? 'expired' : 'cancelled', openFor: null, finishedAt: now, updatedAt: now, lastError });
      if (n === 1) await switchEnded(tx, request.code.id, status, now);
      return n;
    });
  }

  /** Retries due QUEUED requests, oldest first. */
  async drain(): Promise<{ switched: number; queued: number; failed: number }> {
    const due = await this.em.find(
      SwitchRequest,
      { status: 'queued', $or: [{ nextAttemptAt: null }, { nextAttemptAt: { $lte: this.deps.now() } }] },
      { orderBy: { createdAt: 'asc' }, limit: BATCH, refresh: true },
    );
    const report = { switched: 0, queued: 0, failed: 0 };
    for (const request of due) {
      const outcome = await this.deps.executor.retry(request);
      if (!outcome) continue;
      if (outcome.status === 'switched') report.switched++;
      else if (outcome.status === 'queued') report.queued++;
      else report.failed++;
    }
    if (due.length) this.deps.logger.info({ ...report }, 'drained the switch queue');
    return report;
  }

  /** RUNNING requests older than the placement timeout: pool's outcome, or an abort so a late placement cannot land. */
  async reconcile(): Promise<number> {
    const now = this.deps.now();
    const stale = await this.em.find(
      SwitchRequest,
      { status: 'running', attemptStartedAt: { $lte: new Date(now.getTime() - this.deps.placementTimeoutMs) } },
      { orderBy: { attemptStartedAt: 'asc' }, limit: BATCH, refresh: true },
    );
    for (const request of stale) {
      const key = request.placementKey!;
      const lapsed = request.attemptStartedAt!.getTime() + this.deps.reservationTtlMs <= now.getTime();
      try {
        const placement = await this.deps.pool.placement(key, this.deps.requestId);
        if (placement && placement.status !== 'IN_FLIGHT') {
          await this.deps.executor.settle(request.id, placement);
        } else if (!placement || lapsed) {
          const aborted = await this.deps.pool.abortPlacement(key, this.deps.requestId);
          await this.deps.executor.settle(request.id, aborted ?? { ...ABORTED, idempotencyKey: key, email: request.email });
        }
      } catch (err) {
        if (!(err instanceof ServiceCallError)) throw err;
        this.deps.logger.warn({ kind: err.kind, placementKey: key }, 'pool unreachable; switch left for the next round');
      }
    }
    return stale.length;
  }
}
