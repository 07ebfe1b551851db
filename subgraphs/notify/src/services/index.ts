import type { EntityManager } from '@mikro-orm/core';
import { ChecksService } from './checks.service';
import { DeliveryService } from './delivery.service';
import type { NotifyDeps } from './deps';
import { EndpointService } from './endpoint.service';
import type { Feeds } from './feeds';
import { IntakeService } from './intake.service';
import { Sender } from './sender';

export type { NotifyDeps } from './deps';

/** The admin-facing services on one entity manager (a request's fork). */
export function createServices(em: EntityManager, deps: NotifyDeps) {
  const endpoints = new EndpointService(em, deps);
  return { endpoints, deliveries: new DeliveryService(em, deps, endpoints) };
}
export type NotifyServices = ReturnType<typeof createServices>;

/**
 * One intake round: pool's events and users' events (when polled: without NATS, and users' when
 * on), then the capacity / token / rate checks. Each part fails alone.
 */
export async function intakeRound(em: EntityManager, deps: NotifyDeps, feeds: Feeds, opts: { poolEvents: boolean; usersEvents: boolean; requestId: string }) {
  const intake = new IntakeService(em, deps, feeds, opts.requestId);
  const checks = new ChecksService(em, deps, feeds, opts.requestId);
  const parts: [string, () => Promise<unknown>][] = [
    ...(opts.poolEvents ? ([['pool events', () => intake.consume('pool')]] as [string, () => Promise<unknown>][]) : []),
    ...(opts.usersEvents ? ([['users events', () => intake.consume('users')]] as [string, () => Promise<unknown>][]) : []),
    ['seat capacity', () => checks.seats()],
    ['expiring tokens', () => checks.tokens()],
    ['redeem failure rate', () => checks.rearmRedeemFailures()],
  ];
  for (const [part, run] of parts) {
    try {
      await run();
    } catch (err) {
      deps.logger.warn({ err, part }, 'notify intake part failed; retried next round');
    }
  }
}

/** One sender round: every due delivery is attempted once. */
export const sendRound = (em: EntityManager, deps: NotifyDeps) => new Sender(em, deps).round();
