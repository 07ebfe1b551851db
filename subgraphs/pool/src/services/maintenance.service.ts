import type { EntityManager } from '@mikro-orm/core';
import { Mother, Placement } from '../entities';
import type { PoolDeps } from './deps';
import type { MotherStatusService } from './mother-status.service';
import type { SeatLedger } from './seat-ledger.service';

export interface MaintenanceReport {
  staleFailed: number;
  holdsReleased: number;
  tokensExpired: number;
}

/** One round of pool housekeeping (run by the maintenance loop on the lease holder only). */
export class MaintenanceService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: PoolDeps,
    private readonly ledger: SeatLedger,
    private readonly status: MotherStatusService,
  ) {}

  async run(): Promise<MaintenanceReport> {
    const now = this.deps.now();
    const staleFailed = await this.failStalePlacements(now);
    const holdsReleased = await this.releaseExpiredHolds(now);
    const tokensExpired = await this.expireTokens(now);
    if (staleFailed || holdsReleased || tokensExpired) this.deps.logger.info({ staleFailed, holdsReleased, tokensExpired }, 'pool maintenance');
    return { staleFailed, holdsReleased, tokensExpired };
  }

  /**
   * A live placement renews `updatedAt` before every upstream attempt, and one attempt never lasts
   * longer than the provider budget (< hold TTL). One silent for a whole TTL died with its process:
   * it fails as UPSTREAM_UNAVAILABLE so its key answers and its seat can be freed.
   */
  private failStalePlacements(now: Date): Promise<number> {
    const cutoff = new Date(now.getTime() - this.deps.holdTtlMs);
    return this.em.nativeUpdate(
      Placement,
      { status: 'in_flight', updatedAt: { $lt: cutoff } },
      { status: 'failed', errorCode: 'UPSTREAM_UNAVAILABLE', updatedAt: now },
    );
  }

  /** Frees holds past `heldUntil`, never one whose placement is still in flight. */
  private async releaseExpiredHolds(now: Date): Promise<number> {
    const expired = await this.ledger.expiredHolds(now);
    if (!expired.length) return 0;
    const keys = [...new Set(expired.map((s) => s.placementKey).filter((k): k is string => !!k))];
    const inFlight = keys.length
      ? await this.em.find(Placement, { idempotencyKey: { $in: keys }, status: 'in_flight' }, { fields: ['idempotencyKey'], disableIdentityMap: true })
      : [];
    const running = new Set(inFlight.map((p) => p.idempotencyKey));
    let released = 0;
    for (const seat of expired) {
      if (seat.placementKey && running.has(seat.placementKey)) continue;
      released += await this.ledger.releaseExpired(seat.id, seat.placementKey, now);
    }
    return released;
  }

  /** Mothers whose token has expired leave allocation (and the sellable figure) as INVALID. */
  private async expireTokens(now: Date): Promise<number> {
    const expired = await this.em.find(Mother, { status: 'active', tokenExpiresAt: { $lt: now } }, { fields: ['id'], disableIdentityMap: true });
    let changed = 0;
    for (const m of expired) if (await this.status.deactivate(m.id, 'invalid', 'token_expired')) changed++;
    return changed;
  }
}
