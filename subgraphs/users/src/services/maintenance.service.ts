import type { EntityManager } from '@mikro-orm/core';
import { purgeProcessedEvents, type Logger } from '@seatpool/kit';
import type { AdminSessionService } from './admin-session.service';
import type { CodeLifecycleService } from './code-lifecycle.service';
import type { JobRunner } from './job-runner.service';
import type { LoginThrottle } from './login-throttle.service';
import type { PoolEventsService } from './pool-events.service';
import type { ReservationReconcilerService } from './reservation-reconciler.service';
import type { SeatReleaseService } from './seat-release.service';
import type { SwitchQueueService } from './switch-queue.service';

/** The services one maintenance round drives. */
export interface MaintenanceParts {
  reconciler: ReservationReconcilerService;
  poolEvents: PoolEventsService;
  lifecycle: CodeLifecycleService;
  switchQueue: SwitchQueueService;
  releases: SeatReleaseService;
  jobRunner: JobRunner;
  adminSessions: AdminSessionService;
  throttle: LoginThrottle;
}

/** Processed-event ids are kept 30 days: well past the stream's 7 days, after which nothing is redelivered. */
const PROCESSED_EVENTS_KEPT_MS = 30 * 24 * 3_600_000;

type Step = [name: string, run: (s: MaintenanceParts) => Promise<unknown>];

/**
 * One maintenance round (run under the `users-maintenance` lease by exactly one replica). Each step
 * stands alone: one failing (pool unreachable, say) is logged and the others still run.
 */
export class MaintenanceService {
  constructor(
    private readonly em: EntityManager,
    /** `pollPoolEvents` false: pool's events arrive over NATS (`pool-events-nats.ts`), not by cursor. */
    private readonly deps: { logger: Logger; requestId: string; pollPoolEvents: boolean; now: () => Date },
    private readonly parts: MaintenanceParts,
  ) {}

  async run(): Promise<void> {
    const { logger: log, requestId } = this.deps;
    const steps: Step[] = [
      ['reconcile reservations', (s) => s.reconciler.reconcile(requestId)],
      ['consume pool events', (s) => (this.deps.pollPoolEvents ? s.poolEvents.consume() : Promise.resolve())],
      ['expire unused codes', (s) => s.lifecycle.expireUnused()],
      ['end lifecycles', (s) => s.lifecycle.endLifecycles()],
      ['reconcile running switches', (s) => s.switchQueue.reconcile()],
      ['expire switch requests', (s) => s.switchQueue.expire()],
      ['drain the switch queue', (s) => s.switchQueue.drain()],
      ['release given-up seats', (s) => s.releases.drain()],
      ['run batch jobs', (s) => s.jobRunner.runDue()],
      ['purge sessions and login counters', (s) => purge(s)],
      ['forget processed NATS events past redelivery', () => purgeProcessedEvents(this.em, new Date(this.deps.now().getTime() - PROCESSED_EVENTS_KEPT_MS))],
    ];
    for (const [name, run] of steps) {
      try {
        await run(this.parts);
      } catch (err) {
        log.error({ err, step: name }, 'maintenance step failed');
      } finally {
        this.em.clear(); // every step reads fresh rows
      }
    }
  }
}

async function purge(services: MaintenanceParts) {
  await services.adminSessions.purge();
  await services.throttle.purge();
}
