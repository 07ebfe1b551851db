import type { EntityManager } from '@mikro-orm/core';
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
export function startNatsOutboxRelay(opts: { name: string; orm: Orm; bus: LazyNatsBus; logger: Logger; outbox: (em: EntityManager) => OutboxSource }) {
  const source = () => opts.outbox(opts.orm.em.fork());
  const relay = new OutboxRelay({
    name: opts.name,
    logger: opts.logger,
    fetchUnpublished: (limit) => source().unpublished(limit),
    markPublished: (ids) => source().markPublished(ids),
    publish: async (envelope) => (await opts.bus.get()).publish(envelope),
  }).start();
  opts.orm.em.getEventManager().registerSubscriber({ afterTransactionCommit: () => relay.nudge() });
  return relay;
}
