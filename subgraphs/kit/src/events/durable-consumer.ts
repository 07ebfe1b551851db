import type { Logger } from '../logger';
import type { ConsumeOptions, EventHandler, LazyNatsBus, Subscription } from './nats-bus';

export interface DurableConsumerOptions extends ConsumeOptions {
  bus: LazyNatsBus;
  logger: Logger;
  /** For the logs, e.g. `pool events consumer`. */
  label: string;
  /** Pause before the next attempt to reach NATS (doubling up to 10 s; default 250 ms). */
  retryMs?: number;
}

/**
 * Subscribes a service's durable consumer and keeps trying while NATS cannot be reached at start
 * (logged once when it starts failing and once when it subscribes), so a service boots whether or
 * not NATS is up. `started` resolves after the first attempt (subscribed or retrying).
 */
export function startDurableConsumer(opts: DurableConsumerOptions, handler: EventHandler) {
  const { bus, logger, label, retryMs, ...consume } = opts;
  let sub: Subscription | undefined;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let failures = 0;

  const subscribe = async (): Promise<void> => {
    if (stopped) return;
    try {
      sub = await (await bus.get()).consume(consume, handler);
      if (failures) logger.info({ durable: consume.durable }, `${label} subscribed`);
      failures = 0;
    } catch (err) {
      if (failures++ === 0) logger.warn({ err, durable: consume.durable }, `NATS not reachable; ${label} retries`);
      timer = setTimeout(() => void subscribe(), Math.min(10_000, (retryMs ?? 250) * 2 ** Math.min(failures, 10)));
      timer.unref();
    }
  };
  const started = subscribe();

  return {
    started,
    /** Stops fetching (the event in hand finishes first); the bus stays open for its owner to close. */
    async close() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await started;
      await sub?.stop();
    },
  };
}
