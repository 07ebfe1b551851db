import type { EntityManager } from '@mikro-orm/core';
import type { Logger, SecretBox } from '@seatpool/kit';
import type { PoolClient } from '../clients/pool.client';
import type { UsersConfig, UsersKeys } from '../config';
import type { UsersMetrics } from '../metrics';
import { AdminAuthService } from './admin-auth.service';
import { CodeAdminService } from './code-admin.service';
import { CodeGeneratorService } from './code-generator.service';
import { DashboardService } from './dashboard.service';
import { RedeemSagaService } from './redeem-saga.service';
import { RedeemStatusService } from './redeem-status.service';
import { ReservationReconcilerService } from './reservation-reconciler.service';
import { ReservationService } from './reservation.service';

/** What the services need besides an entity manager: built once at start. */
export interface UsersDeps {
  config: UsersConfig;
  keys: UsersKeys;
  box: SecretBox;
  pool: PoolClient;
  metrics: UsersMetrics;
  now: () => Date;
}

/** The services of one request (or one maintenance round), all sharing its entity manager. */
export function createServices(em: EntityManager, deps: UsersDeps, logger: Logger, requestId: string) {
  const { config, keys, now } = deps;
  const reservations = new ReservationService(em, now);
  return {
    adminAuth: new AdminAuthService(em, { hashKey: keys.hash, sessionTtlMs: config.USERS_SESSION_TTL_HOURS * 3_600_000, now }),
    codeGenerator: new CodeGeneratorService(em, { hashKey: keys.hash, box: deps.box, now }),
    codeAdmin: new CodeAdminService(em, { hashKey: keys.hash }),
    redeem: new RedeemSagaService(em, {
      hashKey: keys.hash,
      pool: deps.pool,
      reservations,
      reservationTtlMs: config.USERS_RESERVATION_TTL_MS,
      now,
      logger,
      metrics: deps.metrics,
      requestId,
    }),
    redeemStatus: new RedeemStatusService(em, { hashKey: keys.hash }),
    dashboard: new DashboardService(em, { now }),
    reconciler: new ReservationReconcilerService(em, {
      pool: deps.pool,
      reservations,
      placementTimeoutMs: config.USERS_PLACEMENT_TIMEOUT_MS,
      reservationTtlMs: config.USERS_RESERVATION_TTL_MS,
      now,
      logger,
    }),
  };
}
export type UsersServices = ReturnType<typeof createServices>;
