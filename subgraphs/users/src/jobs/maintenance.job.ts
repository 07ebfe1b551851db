import type { EntityManager } from '@mikro-orm/core';
import type { Logger } from '@seatpool/kit';
import { randomUUID } from 'node:crypto';
import { AdminSession } from '../entities';
import { createServices, type UsersDeps, type UsersServices } from '../services';

// Expired or revoked sessions are kept a day for the audit trail, then deleted.
const SESSION_RETENTION_MS = 24 * 3_600_000;

type Step = [name: string, run: (s: UsersServices) => Promise<unknown>];

/**
 * One maintenance round (run under the `users-maintenance` lease by exactly one replica). Each step
 * stands alone: one failing (pool unreachable, say) is logged and the others still run.
 */
export async function runMaintenance(em: EntityManager, deps: UsersDeps, logger: Logger): Promise<void> {
  const requestId = `maintenance-${randomUUID()}`;
  const log = logger.child({ requestId });
  const services = createServices(em, deps, log, requestId);
  const steps: Step[] = [
    ['reconcile reservations', (s) => s.reconciler.reconcile(requestId)],
    ['consume pool events', (s) => s.poolEvents.consume()],
    ['expire unused codes', (s) => s.lifecycle.expireUnused()],
    ['end lifecycles', (s) => s.lifecycle.endLifecycles()],
    ['reconcile running switches', (s) => s.switchQueue.reconcile()],
    ['expire switch requests', (s) => s.switchQueue.expire()],
    ['drain the switch queue', (s) => s.switchQueue.drain()],
    ['release given-up seats', (s) => s.releases.drain()],
    ['run batch jobs', (s) => s.jobRunner.runDue()],
    ['purge sessions and login counters', (s) => purge(em, deps, s)],
  ];
  for (const [name, run] of steps) {
    try {
      await run(services);
    } catch (err) {
      log.error({ err, step: name }, 'maintenance step failed');
    } finally {
      em.clear(); // every step reads fresh rows
    }
  }
}

async function purge(em: EntityManager, deps: UsersDeps, services: UsersServices) {
  const cutoff = new Date(deps.now().getTime() - SESSION_RETENTION_MS);
  await em.nativeDelete(AdminSession, { $or: [{ expiresAt: { $lt: cutoff } }, { revokedAt: { $lt: cutoff } }] });
  await services.throttle.purge();
}
