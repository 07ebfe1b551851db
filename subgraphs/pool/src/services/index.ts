import type { EntityManager } from '@mikro-orm/core';
import { DashboardService } from './dashboard.service';
import type { PoolDeps } from './deps';
import { MaintenanceService } from './maintenance.service';
import { MotherCommandService } from './mother-command.service';
import { MotherQueryService } from './mother-query.service';
import { MotherStatusService } from './mother-status.service';
import { PlacementService } from './placement.service';
import { SeatLedger } from './seat-ledger.service';

export type { PoolDeps } from './deps';

/** The pool services on one entity manager (a request's fork, or a maintenance round's). */
export function createServices(em: EntityManager, deps: PoolDeps) {
  const ledger = new SeatLedger(em, deps.now);
  const status = new MotherStatusService(em, deps.now);
  return {
    mothers: new MotherCommandService(em, deps),
    motherQuery: new MotherQueryService(em),
    ledger,
    placements: new PlacementService(em, deps, ledger, status),
    maintenance: new MaintenanceService(em, deps, ledger, status),
    dashboard: new DashboardService(em),
  };
}
export type PoolServices = ReturnType<typeof createServices>;
