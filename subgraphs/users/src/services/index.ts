import type { EntityManager } from '@mikro-orm/core';
import type { Identity, Logger } from '@seatpool/kit';
import { AdminAuthService } from './admin-auth.service';
import { AdminSessionService } from './admin-session.service';
import { actorOf, AuditService } from './audit.service';
import { BulkActionService } from './bulk-actions.service';
import { BulkHistoryService } from './bulk-history.service';
import { CodeAdminService } from './code-admin.service';
import { CodeExportService } from './code-export.service';
import { CodeGeneratorService } from './code-generator.service';
import { CodeQueryService } from './code-query.service';
import { CodeLifecycleService } from './code-lifecycle.service';
import { DashboardService } from './dashboard.service';
import type { UsersDeps } from './deps';
import { InviteAdminService } from './invite-admin.service';
import { jobDispatch } from './job-items';
import { JobQueueService } from './job-queue.service';
import { JobRunner } from './job-runner.service';
import { LoginThrottle } from './login-throttle.service';
import { MaintenanceService } from './maintenance.service';
import { PoolEventsService } from './pool-events.service';
import { RedeemSagaService } from './redeem-saga.service';
import { RedeemStatusService } from './redeem-status.service';
import { ReservationReconcilerService } from './reservation-reconciler.service';
import { ReservationService } from './reservation.service';
import { SeatReleaseService } from './seat-release.service';
import { SkuService } from './sku.service';
import { UsersStatsService } from './stats/users-stats.service';
import { SwitchExecutor } from './switch-executor.service';
import { SwitchQueueService } from './switch-queue.service';
import { SwitchService } from './switch.service';
import { UsersOutboxService } from './users-outbox.service';

export type { UsersDeps } from './deps';

/**
 * The services of one request (or one maintenance round), all sharing its entity manager.
 * `identity` is the caller (null for maintenance: the audit actor is `system`).
 */
export function createServices(em: EntityManager, deps: UsersDeps, logger: Logger, requestId: string, identity: Identity | null = null) {
  const { config, keys, now, pool, metrics } = deps;
  const audit = new AuditService(em, actorOf(identity, requestId), now);
  const reservations = new ReservationService(em, now);
  const releases = new SeatReleaseService(em, { pool, now, logger, requestId });
  const executor = new SwitchExecutor(em, { pool, releases, now, logger, requestId, metrics, retryMs: config.USERS_SWITCH_RETRY_MS });
  const throttle = new LoginThrottle(em, { hashKey: keys.hash, now, maxFailures: config.USERS_LOGIN_MAX_FAILURES, lockMs: config.USERS_LOGIN_LOCK_MS });
  const invites = new InviteAdminService(em, { pool, audit, metrics, now, requestId, hashKey: keys.hash });
  const codeAdmin = new CodeAdminService(em, { hashKey: keys.hash, audit, now });
  const jobs = new JobQueueService(em, { audit, now, maxAttempts: config.USERS_JOB_MAX_ATTEMPTS, kick: deps.kickJobs });
  const placementTimeoutMs = config.USERS_PLACEMENT_TIMEOUT_MS;
  const reservationTtlMs = config.USERS_RESERVATION_TTL_MS;
  const services = {
    audit,
    adminAuth: new AdminAuthService(em, { hashKey: keys.hash, sessionTtlMs: config.USERS_SESSION_TTL_HOURS * 3_600_000, now, throttle, audit }),
    adminSessions: new AdminSessionService(em, { audit, now }),
    throttle,
    skus: new SkuService(em, { audit, now }),
    codeGenerator: new CodeGeneratorService(em, {
      hashKey: keys.hash,
      box: deps.box,
      now,
      audit,
      groupExists: (id) => pool.motherGroupExists(id, requestId),
      defaults: { lifecycleDays: config.USERS_DEFAULT_LIFECYCLE_DAYS, switchLimit: config.USERS_DEFAULT_SWITCH_LIMIT, refreshLimit: config.USERS_DEFAULT_REFRESH_LIMIT },
    }),
    codeAdmin,
    codeQuery: new CodeQueryService(em),
    codeExport: new CodeExportService(em, { box: deps.box, hashKey: keys.hash, audit, now }),
    lifecycle: new CodeLifecycleService(em, { now, policy: config.USERS_LIFECYCLE_END_POLICY, logger }),
    redeem: new RedeemSagaService(em, { hashKey: keys.hash, pool, reservations, reservationTtlMs, now, logger, metrics, requestId }),
    redeemStatus: new RedeemStatusService(em, { hashKey: keys.hash }),
    reconciler: new ReservationReconcilerService(em, { pool, reservations, placementTimeoutMs, reservationTtlMs, now, logger }),
    releases,
    switches: new SwitchService(em, { hashKey: keys.hash, executor, audit, now, dedupMs: config.USERS_SWITCH_DEDUP_MS, refreshCooldownMs: config.USERS_REFRESH_COOLDOWN_MS }),
    switchQueue: new SwitchQueueService(em, { pool, executor, now, logger, requestId, placementTimeoutMs, reservationTtlMs }),
    invites,
    poolEvents: new PoolEventsService(em, { pool, now, logger, requestId, metrics, seatLostPolicy: config.USERS_SEAT_LOST_POLICY }),
    jobs,
    bulk: new BulkActionService({ codeAdmin, jobs }),
    jobRunner: new JobRunner(em, {
      leaseMs: config.USERS_JOB_LEASE_MS,
      backoffMs: config.USERS_JOB_BACKOFF_MS,
      now,
      logger,
      metrics,
      ...jobDispatch(em, deps, requestId),
    }),
    bulkHistory: new BulkHistoryService(em),
    dashboard: new DashboardService(em, { now }),
    stats: new UsersStatsService(em, now),
    outbox: new UsersOutboxService(em, now),
  };
  return { ...services, maintenance: new MaintenanceService(em, { logger, requestId, pollPoolEvents: !config.SEATPOOL_NATS_URL, now }, services) };
}
export type UsersServices = ReturnType<typeof createServices>;
