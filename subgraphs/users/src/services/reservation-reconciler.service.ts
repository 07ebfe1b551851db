import type { EntityManager } from '@mikro-orm/core';
import { ServiceCallError, type Logger } from '@seatpool/kit';
import type { Placement, PoolClient } from '../clients/pool.client';
import { RedeemCode } from '../entities';
import type { ReservationService, Settlement } from './reservation.service';

export interface ReconcilerDeps {
  pool: PoolClient;
  reservations: ReservationService;
  /** A reservation older than this has outlived the saga's own pool call: its outcome is ours to find. */
  placementTimeoutMs: number;
  reservationTtlMs: number;
  now: () => Date;
  logger: Logger;
}

export interface ReconcileReport {
  completed: number;
  released: number;
  left: number;
}

const BATCH = 100;
// Reservations settled at once: after a crash each may wait for pool's upstream look-ups.
const CONCURRENCY = 8;

/**
 * Finishes redeems whose saga ended without an answer (timeout, crash, pool unreachable): once a
 * reservation is older than the saga's own pool call, asks pool for the placement under its key,
 * completes or releases the code, and aborts a placement that is unknown or still in flight (by now
 * its caller gave up, or its process died). Pool's abort looks an invite of unknown outcome up in the
 * upstream's lists first (landed → PLACED, the code is bound) and keeps the seat held until it knows,
 * so a crash is repaired within one placement timeout plus one maintenance interval.
 */
export class ReservationReconcilerService {
  constructor(private readonly em: EntityManager, private readonly deps: ReconcilerDeps) {}

  /** One pass over the stale reservations; pool being unreachable leaves them for the next pass. */
  async reconcile(requestId: string): Promise<ReconcileReport> {
    const now = this.deps.now();
    // reservedUntil = reservedAt + TTL, so this selects reservations made before now − placementTimeout.
    const startedBefore = new Date(now.getTime() + this.deps.reservationTtlMs - this.deps.placementTimeoutMs);
    const stale = await this.em.find(
      RedeemCode,
      { status: 'reserved', reservedUntil: { $lte: startedBefore } },
      { orderBy: { reservedUntil: 'asc' }, limit: BATCH, refresh: true },
    );
    const report: ReconcileReport = { completed: 0, released: 0, left: 0 };
    const keys = stale.map((code) => code.reservationKey!);
    for (let i = 0; i < keys.length; i += CONCURRENCY) {
      const outcomes = await Promise.all(keys.slice(i, i + CONCURRENCY).map((key) => this.reconcileOne(key, requestId)));
      for (const outcome of outcomes) {
        if (outcome.kind === 'placed') report.completed++;
        else if (outcome.kind === 'released') report.released++;
        else report.left++;
      }
    }
    if (stale.length) this.deps.logger.info({ ...report }, 'reconciled redeem reservations');
    return report;
  }

  private async reconcileOne(key: string, requestId: string): Promise<Settlement> {
    const reservations = this.deps.reservations.on(this.em.fork());
    try {
      const placement = await this.deps.pool.placement(key, requestId);
      if (placement && FINAL.has(placement.status)) return await reservations.settle(key, placement);
      // Unknown to pool, or still in flight after its caller gave up: make sure it can never land.
      const aborted = await this.deps.pool.abortPlacement(key, requestId);
      if (aborted === null) return await reservations.release(key, 'ABORTED');
      return await reservations.settle(key, aborted);
    } catch (err) {
      if (!(err instanceof ServiceCallError)) throw err;
      this.deps.logger.warn({ kind: err.kind, poolCode: err.code, placementKey: key }, 'pool unreachable; reservation left for the next round');
      return { kind: 'pending' };
    }
  }
}

const FINAL = new Set<Placement['status']>(['PLACED', 'FAILED', 'ABORTED', 'RELEASED']);
