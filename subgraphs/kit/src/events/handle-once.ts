import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import type { EventEnvelope } from './envelope';
import { ProcessedEvent } from './processed-event.entity';

/**
 * Applies `fn` for one event at most once per consumer: the processed row is inserted first,
 * inside the same transaction as `fn`'s writes (use the `tx` it is given). A second delivery
 * either sees the row or loses on its primary key and is skipped; a failure in `fn` rolls the
 * row back with the writes, so the redelivery applies it again. Resolves true when applied now.
 */
export async function handleOnce(
  em: EntityManager,
  event: Pick<EventEnvelope, 'id' | 'type'>,
  consumer: string,
  fn: (tx: EntityManager) => Promise<void>,
  now: () => Date = () => new Date(),
): Promise<boolean> {
  try {
    return await em.transactional(async (tx) => {
      if (await tx.count(ProcessedEvent, { eventId: event.id, consumer })) return false;
      await tx.insert(ProcessedEvent, { eventId: event.id, consumer, type: event.type, processedAt: now() });
      await fn(tx);
      return true;
    });
  } catch (err) {
    // A concurrent delivery of the same event committed first (a violation of fn's own is rethrown).
    if (err instanceof UniqueConstraintViolationException && (await em.fork().count(ProcessedEvent, { eventId: event.id, consumer }))) return false;
    throw err;
  }
}

/**
 * Forgets processed events older than `before`. Safe once JetStream can no longer redeliver them:
 * the stream keeps events 7 days, so callers keep rows at least twice that.
 */
export async function purgeProcessedEvents(em: EntityManager, before: Date): Promise<number> {
  return em.nativeDelete(ProcessedEvent, { processedAt: { $lt: before } });
}
