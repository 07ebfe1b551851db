import type { EntityManager } from '@mikro-orm/core';
import { LazyNatsBus, startNatsOutboxRelay, type Logger, type Orm } from '@seatpool/kit';
import { OutboxService } from './services/outbox.service';

/** With SEATPOOL_NATS_URL: pool's outbox goes to JetStream as `seatpool.pool.<type>` (kit's relay). */
export function startPoolRelay(opts: { orm: Orm; natsUrl: string; logger: Logger; now: () => Date }) {
  const bus = new LazyNatsBus({ url: opts.natsUrl, name: 'pool', logger: opts.logger });
  const relay = startNatsOutboxRelay({ name: 'pool-outbox', orm: opts.orm, bus, logger: opts.logger, outbox: (em: EntityManager) => new OutboxService(em, opts.now) });
  return {
    relay,
    async close() {
      await relay.stop();
      await bus.close();
    },
  };
}
