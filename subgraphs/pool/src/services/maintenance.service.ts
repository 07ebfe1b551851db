import type { EntityManager } from '@mikro-orm/core';
import { Mother, Placement } from '../entities';
import type { PoolDeps } from './deps';
import type { HealthCheckService } from './health-check.service';
import type { IngestService } from './ingest.service';
import type { InviteOutcomes } from './invite-outcomes';
import type { MemberSyncService } from './member-sync.service';
import type { MotherStatusService } from './mother-status.service';
import type { PoolSyncService } from './pool-sync.service';
import type { SeatLedger } from './seat-ledger.service';

export interface MaintenanceReport {
  staleFailed: number;
  /** Invites of unknown outcome resolved from the upstream's lists (placed, taken back, or known absent). */
  unknownResolved: number;
  holdsReleased: number;
  tokensExpired: number;
  healthChecked: number;
  synced: number;
  noncesPurged: number;
  /** Steps that threw (each is logged and counted; the other steps still ran). */
  failedSteps: string[];
}

/**
 * One round of pool housekeeping, run by the maintenance loop on the lease holder only with its own
 * entity manager. Each step is bounded, idempotent and counted in `seatpool_pool_maintenance_steps_total`.
 */
export class MaintenanceService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: PoolDeps,
    private readonly parts: {
      ledger: SeatLedger;
      outcomes: InviteOutcomes;
      status: MotherStatusService;
      health: HealthCheckService;
      members: MemberSyncService;
      poolSync: PoolSyncService;
      ingest: IngestService;
    },
  ) {}

  async run(): Promise<MaintenanceReport> {
    const now = this.deps.now();
    const failedSteps: string[] = [];
    const step = async (name: string, work: () => Promise<number>): Promise<number> => {
      try {
        const n = await work();
        this.deps.metrics.step(name, 'ok');
        return n;
      } catch (err) {
        this.deps.metrics.step(name, 'error');
        this.deps.logger.error({ err, step: name }, 'pool maintenance step failed');
        failedSteps.push(name);
        return 0;
      }
    };
    const report: MaintenanceReport = {
      staleFailed: await step('stale_placements', () => this.failStalePlacements(now)),
      unknownResolved: await step('unknown_invites', () => this.parts.outcomes.resolveDue(now)),
      holdsReleased: await step('expired_holds', () => this.releaseExpiredHolds(now)),
      tokensExpired: await step('token_expiry', () => this.expireTokens(now)),
      healthChecked: await step('health_check', () => this.parts.health.checkDue()),
      synced: await step('member_sync', () => this.syncDue(now)),
      noncesPurged: await step('nonce_purge', () => this.parts.ingest.purgeNonces()),
      failedSteps,
    };
    const { staleFailed, unknownResolved, holdsReleased, tokensExpired, synced } = report;
    if (staleFailed || unknownResolved || holdsReleased || tokensExpired || synced || failedSteps.length) this.deps.logger.info(report, 'pool maintenance');
    return report;
  }

  /**
   * A live placement renews `updatedAt` before every upstream attempt, and one attempt never lasts
   * longer than the provider budget (< settle window). One silent for the settle window died with its
   * process: it fails as UPSTREAM_UNAVAILABLE and its held seat is freed at once, unless it had sent
   * an invite whose outcome is unknown (that one is resolved from the upstream's lists instead).
   */
  private async failStalePlacements(now: Date): Promise<number> {
    const cutoff = new Date(now.getTime() - this.deps.settleMs);
    const stale = await this.em.find(
      Placement,
      { status: 'in_flight', updatedAt: { $lt: cutoff }, pendingTeamId: null },
      { fields: ['idempotencyKey'], limit: 500, disableIdentityMap: true },
    );
    let failed = 0;
    for (const { idempotencyKey } of stale) {
      const n = await this.em.nativeUpdate(
        Placement,
        { idempotencyKey, status: 'in_flight', updatedAt: { $lt: cutoff }, pendingTeamId: null },
        { status: 'failed', errorCode: 'UPSTREAM_UNAVAILABLE', updatedAt: now },
      );
      if (n === 1) await this.parts.ledger.release(idempotencyKey);
      failed += n;
    }
    return failed;
  }

  /** Frees holds past `heldUntil`, never one whose placement is still in flight or has an invite of unknown outcome. */
  private async releaseExpiredHolds(now: Date): Promise<number> {
    const expired = await this.parts.ledger.expiredHolds(now);
    if (!expired.length) return 0;
    const keys = [...new Set(expired.map((s) => s.placementKey).filter((k): k is string => !!k))];
    const busy = keys.length
      ? await this.em.find(
          Placement,
          { idempotencyKey: { $in: keys }, $or: [{ status: 'in_flight' }, { pendingTeamId: { $ne: null } }] },
          { fields: ['idempotencyKey'], disableIdentityMap: true },
        )
      : [];
    const running = new Set(busy.map((p) => p.idempotencyKey));
    let released = 0;
    for (const seat of expired) {
      if (seat.placementKey && running.has(seat.placementKey)) continue;
      released += await this.parts.ledger.releaseExpired(seat.id, seat.placementKey, now);
    }
    return released;
  }

  /** Mothers whose token has expired leave allocation (and the sellable figure) as INVALID; seats and teams stay. */
  private async expireTokens(now: Date): Promise<number> {
    const expired = await this.em.find(Mother, { status: 'active', tokenExpiresAt: { $lt: now } }, { fields: ['id'], limit: 100, disableIdentityMap: true });
    let changed = 0;
    for (const m of expired) if (await this.parts.status.deactivate(m.id, 'invalid', 'token_expired')) changed++;
    return changed;
  }

  /** Member/invite sync of up to `syncBatch` ACTIVE mothers not synced for `syncIntervalMs` (pool-group mothers get the pool sync). */
  private async syncDue(now: Date): Promise<number> {
    const cutoff = new Date(now.getTime() - this.deps.tuning.syncIntervalMs);
    const due = await this.em.find(
      Mother,
      { status: 'active', $or: [{ lastSyncAt: null }, { lastSyncAt: { $lt: cutoff } }] },
      { fields: ['id', 'poolGroupId'], orderBy: { lastSyncAt: 'asc nulls first', id: 'asc' }, limit: this.deps.tuning.syncBatch, disableIdentityMap: true },
    );
    for (const m of due) {
      if (m.poolGroupId) await this.parts.poolSync.syncMother(m.id);
      else await this.parts.members.syncMother(m.id);
    }
    return due.length;
  }
}
