import type { EntityManager } from '@mikro-orm/core';
import { Counter, Gauge, type Registry } from 'prom-client';
import type { Logger } from '../logger';
import type { Orm } from '../orm';
import type { LazyNatsBus } from './nats-bus';
import { OutboxRelay, type OutboxRow } from './outbox-relay';

/** A domain's outbox as the relay reads it (its own table, its own envelope). */
export interface OutboxSource {
  unpublished(limit: number): Promise<OutboxRow[]>;
  markPublished(rowIds: number[]): Promise<void>;
}

/**
 * Runs a domain's outbox relay to JetStream: every committed transaction of the domain's ORM
 * nudges it (an outbox row may have been written), so an event leaves within milliseconds; the
 * relay's 200 ms tick catches anything else. Every replica may run one: two publishing one row is
 * harmless (same message id inside the duplicate window; consumers dedupe by event id).
 */
export function startNatsOutboxRelay(opts: { name: string; orm: Orm; bus: LazyNatsBus; logger: Logger; outbox: (em: EntityManager) => OutboxSource; registry?: Registry }) {
  const source = () => opts.outbox(opts.orm.em.fork());
  const registers = opts.registry ? [opts.registry] : [];
  const published = new Counter({ name: 'seatpool_events_published_total', help: 'Outbox events published to JetStream (acked), by relay', labelNames: ['relay'], registers });
  const down = new Gauge({ name: 'seatpool_events_relay_down', help: '1 while the outbox relay cannot reach JetStream (rows wait unpublished)', labelNames: ['relay'], registers });
  down.set({ relay: opts.name }, 0);
  const relay = new OutboxRelay({
    name: opts.name,
    logger: opts.logger,
    fetchUnpublished: (limit) => source().unpublished(limit),
    markPublished: (ids) => source().markPublished(ids),
    publish: async (envelope) => (await opts.bus.get()).publish(envelope),
    onPublished: (n) => published.inc({ relay: opts.name }, n),
    onOutage: (isDown) => down.set({ relay: opts.name }, isDown ? 1 : 0),
  }).start();
  opts.orm.em.getEventManager().registerSubscriber({ afterTransactionCommit: () => relay.nudge() });
  return relay;
}
