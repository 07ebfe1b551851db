import { handleOnce, LazyNatsBus, startDurableConsumer, type EventEnvelope, type Logger, type Orm } from '@seatpool/kit';
import { randomUUID } from 'node:crypto';
import type { NotifyDeps } from './services';
import { envelopeSourceEvent, type Feeds } from './services/feeds';
import { IntakeService } from './services/intake.service';

export const NOTIFY_DURABLE = 'notify';
/** Every event: NATS 2.9 takes one filter subject, and notify reads both pool's and users'; the mapping ignores the rest. */
export const NOTIFY_SUBJECTS = ['seatpool.>'];

export interface NotifyEventsNatsOptions {
  orm: Orm;
  deps: NotifyDeps;
  feeds: Feeds;
  logger: Logger;
  natsUrl: string;
  /** Pause before the next attempt to reach NATS (doubling up to 10 s). */
  retryMs?: number;
}

/**
 * With SEATPOOL_NATS_URL: pool's and users' events reach notify through the durable pull consumer
 * `notify` (explicit ack) instead of the polled cursors. Each goes through the intake's mapping
 * inside kit's `handleOnce`, so a redelivery makes no second delivery (and the deliveries' own
 * unique keys hold as well). Any replica may run it: JetStream hands each message to one of them.
 */
export function startNotifyEventsConsumer(opts: NotifyEventsNatsOptions) {
  const bus = new LazyNatsBus({ url: opts.natsUrl, name: 'notify', logger: opts.logger });
  const apply = async (envelope: EventEnvelope) => {
    await handleOnce(
      opts.orm.em.fork(),
      envelope,
      NOTIFY_DURABLE,
      (tx) => new IntakeService(tx, opts.deps, opts.feeds, `notify-event-${randomUUID()}`).applyOne(envelopeSourceEvent(envelope)),
      opts.deps.now,
    );
    opts.deps.kickSender();
    opts.deps.metrics.event(envelope.source === 'users' ? 'users' : 'pool', 'read');
  };

  const consumer = startDurableConsumer({ bus, logger: opts.logger, label: 'notify events consumer', durable: NOTIFY_DURABLE, filterSubjects: NOTIFY_SUBJECTS, retryMs: opts.retryMs }, apply);
  return {
    started: consumer.started,
    async close() {
      await consumer.close();
      await bus.close();
    },
  };
}
