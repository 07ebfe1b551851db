import { handleOnce, startDurableConsumer, type EventEnvelope, type LazyNatsBus, type Logger, type Orm } from '@seatpool/kit';
import { randomUUID } from 'node:crypto';
import { createServices, type UsersDeps } from './services';
import { MalformedPoolEvent, poolEventFromEnvelope } from './services/pool-events.service';

export const USERS_DURABLE = 'users';
export const POOL_SUBJECTS = ['seatpool.pool.>'];

export interface PoolEventsNatsOptions {
  orm: Orm;
  deps: UsersDeps;
  logger: Logger;
  /** The service's NATS connection (shared with its outbox relay; closed by the caller). */
  bus: LazyNatsBus;
  /** An unacked event comes back after this long (a consumer that died mid-event). */
  ackWaitMs?: number;
  /** Pause between attempts to reach NATS at start (doubling up to 10 s). */
  retryMs?: number;
}

/**
 * With SEATPOOL_NATS_URL: pool's events reach users through the durable pull consumer `users`
 * (`seatpool.pool.>`, explicit ack) instead of the polled cursor. Each event goes through the same
 * handler as the polled path (`PoolEventsService.handle`), inside `handleOnce`: the processed
 * row and the handler's writes commit together, so a redelivery (crash between apply and ack)
 * changes nothing. Every replica may run it: JetStream hands each message to one of them.
 */
export function startPoolEventsConsumer(opts: PoolEventsNatsOptions) {
  const { bus } = opts;
  const log = opts.logger;
  const apply = async (envelope: EventEnvelope) => {
    const event = poolEventFromEnvelope(envelope);
    const requestId = `pool-event-${randomUUID()}`;
    const applied = await handleOnce(opts.orm.em.fork(), envelope, USERS_DURABLE, async (tx) => {
      const { poolEvents } = createServices(tx, opts.deps, log.child({ requestId }), requestId);
      try {
        await poolEvents.handle(event);
      } catch (err) {
        if (!(err instanceof MalformedPoolEvent)) throw err;
        // Redelivery cannot help: recorded as processed (so it is acked) and reported, like the polled path.
        log.error({ eventId: envelope.id, type: envelope.type, reason: err.message }, 'malformed pool event skipped');
        opts.deps.metrics.poolEvent('malformed');
        return;
      }
      opts.deps.metrics.poolEvent(event.type);
    }, opts.deps.now);
    if (!applied) opts.deps.metrics.poolEvent('duplicate'); // a redelivery of an event already applied
  };

  const consumer = startDurableConsumer({ bus, logger: log, label: 'pool events consumer', durable: USERS_DURABLE, filterSubjects: POOL_SUBJECTS, ackWaitMs: opts.ackWaitMs, retryMs: opts.retryMs }, apply);
  return {
    /** Resolves once the first subscribe attempt has finished (subscribed or retrying). */
    started: consumer.started,
    close: () => consumer.close(),
  };
}
