import type { EntityManager } from '@mikro-orm/core';
import { LazyNatsBus, startNatsOutboxRelay, type Logger, type Orm } from '@seatpool/kit';
import type { Registry } from 'prom-client';
import { OutboxService } from './services/outbox.service';

/** With SEATPOOL_NATS_URL: pool's outbox goes to JetStream as `seatpool.pool.<type>` (kit's relay). */
export function startPoolRelay(opts: { orm: Orm; natsUrl: string; logger: Logger; now: () => Date; registry: Registry }) {
  const bus = new LazyNatsBus({ url: opts.natsUrl, name: 'pool', logger: opts.logger });
  const relay = startNatsOutboxRelay({ name: 'pool-outbox', orm: opts.orm, bus, logger: opts.logger, registry: opts.registry, outbox: (em: EntityManager) => new OutboxService(em, opts.now) });
  return {
    relay,
    async close() {
      await relay.stop();
      await bus.close();
    },
  };
}
