import type { EntityManager } from '@mikro-orm/core';
import { ApiKeyService } from './api-key.service';
import { ChildAccountCommandService } from './child-account-command.service';
import { ChildAccountQueryService } from './child-account-query.service';
import { DashboardService } from './dashboard.service';
import type { PoolDeps } from './deps';
import { HealthCheckService } from './health-check.service';
import { IngestService } from './ingest.service';
import { InviteOutcomes } from './invite-outcomes';
import { MaintenanceService } from './maintenance.service';
import { MemberSyncService } from './member-sync.service';
import { MotherAccountService } from './mother-account.service';
import { MotherCommandService } from './mother-command.service';
import { MotherDeletionService } from './mother-deletion.service';
import { MotherGroupService } from './mother-group.service';
import { MotherImportService } from './mother-import.service';
import { MotherQueryService } from './mother-query.service';
import { MotherStatusService } from './mother-status.service';
import { NotifyFeedService } from './notify-feed.service';
import { OutboxService } from './outbox.service';
import { PlacementReleaseService } from './placement-release.service';
import { PlacementService } from './placement.service';
import { PoolGroupService } from './pool-group.service';
import { PoolSyncService } from './pool-sync.service';
import { SeatLedger } from './seat-ledger.service';
import { SequenceService } from './sequence.service';
import { PoolStatsService } from './stats/pool-stats.service';
import { TeamCommandService } from './team-command.service';
import { UpstreamVerdicts } from './upstream-verdicts';

export type { PoolDeps, PoolTuning } from './deps';
export { DEFAULT_TUNING } from './deps';

/** The pool services on one entity manager (a request's fork, or a maintenance round's). */
export function createServices(em: EntityManager, deps: PoolDeps) {
  const ledger = new SeatLedger(em, deps.now, deps.seatSignal);
  const status = new MotherStatusService(em, deps.now);
  const verdicts = new UpstreamVerdicts(em, deps.now, status);
  const sequences = new SequenceService(em);
  const accounts = new MotherAccountService(em, deps, verdicts, status);
  const releases = new PlacementReleaseService(em, deps, ledger, verdicts);
  const members = new MemberSyncService(em, deps, ledger, releases, verdicts);
  const children = new ChildAccountCommandService(em, deps, ledger, verdicts, sequences, members);
  const teams = new TeamCommandService(em, deps, verdicts);
  const mothers = new MotherCommandService(em, deps, accounts, status);
  const poolGroups = new PoolGroupService(em, deps, sequences);
  const poolSync = new PoolSyncService(em, deps, members, teams, children, poolGroups, sequences);
  const apiKeys = new ApiKeyService(em, deps);
  const importer = new MotherImportService(em, deps, accounts);
  const ingest = new IngestService(em, deps, apiKeys, importer);
  const health = new HealthCheckService(em, deps, accounts, status);
  const outcomes = new InviteOutcomes(em, deps, ledger);
  return {
    mothers,
    motherQuery: new MotherQueryService(em, deps.now),
    motherDeletion: new MotherDeletionService(em, deps, mothers, status, releases, children),
    teams,
    importer,
    ingest,
    apiKeys,
    ledger,
    placements: new PlacementService(em, deps, ledger, verdicts, outcomes),
    outcomes,
    releases,
    outbox: new OutboxService(em, deps.now),
    notifyFeed: new NotifyFeedService(em, deps.now),
    members,
    children,
    childQuery: new ChildAccountQueryService(em),
    motherGroups: new MotherGroupService(em, deps.now),
    poolGroups,
    poolSync,
    health,
    maintenance: new MaintenanceService(em, deps, { ledger, outcomes, status, health, members, poolSync, ingest }),
    dashboard: new DashboardService(em),
    stats: new PoolStatsService(em),
  };
}
export type PoolServices = ReturnType<typeof createServices>;
