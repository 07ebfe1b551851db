import type { EntityManager } from '@mikro-orm/core';
import { LazyNatsBus, OutboxRelay, type Logger, type Orm } from '@seatpool/kit';
import { OutboxService } from './services/outbox.service';

/**
 * With SEATPOOL_NATS_URL: pool's outbox goes to JetStream. Every committed transaction nudges the
 * relay (an outbox row may have been written), so an event leaves within milliseconds; the
 * 200 ms tick catches rows written outside a transaction. Every replica runs a relay: two
 * publishing one row is harmless (same message id inside the duplicate window, and consumers
 * dedupe by event id).
 */
export function startPoolRelay(opts: { orm: Orm; natsUrl: string; logger: Logger; now: () => Date }) {
  const bus = new LazyNatsBus({ url: opts.natsUrl, name: 'pool', logger: opts.logger });
  const outbox = () => new OutboxService(opts.orm.em.fork() as EntityManager, opts.now);
  const relay = new OutboxRelay({
    name: 'pool-outbox',
    logger: opts.logger,
    fetchUnpublished: (limit) => outbox().unpublished(limit),
    markPublished: (ids) => outbox().markPublished(ids),
    publish: async (envelope) => (await bus.get()).publish(envelope),
  }).start();
  opts.orm.em.getEventManager().registerSubscriber({ afterTransactionCommit: () => relay.nudge() });
  return {
    relay,
    async close() {
      await relay.stop();
      await bus.close();
    },
  };
}
