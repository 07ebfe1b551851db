import type { Logger, Orm } from '@seatpool/kit';
import { emit } from './common';

/**
 * `mother.breaker_changed` outbox events from the per-mother upstream circuit breakers of this
 * process: one per real transition (a failed half-open probe re-opens an open breaker: no new
 * event). Written in a transaction of its own, so the commit nudges the NATS relay. The state is
 * per process: each replica announces its own breakers.
 */
export function breakerEvents(orm: Orm, logger: Logger, now: () => Date) {
  const last = new Map<string, 'open' | 'closed'>();
  // One write at a time, in transition order: an open and its close never swap in the outbox.
  let queue: Promise<unknown> = Promise.resolve();
  return (to: 'open' | 'closed', motherId: string) => {
    if ((last.get(motherId) ?? 'closed') === to) return;
    last.set(motherId, to);
    const at = now();
    queue = queue
      .then(() => orm.em.fork().transactional((tx) => emit(tx, at, { type: 'mother.breaker_changed', motherId, payload: { state: to } })))
      .catch((err: unknown) => logger.error({ err, motherId, state: to }, 'breaker change not written to the outbox'));
  };
}
