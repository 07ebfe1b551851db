import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * An event a consumer has applied, keyed by (event id, consumer): inserted in the same
 * transaction as the consumer's writes, so a redelivered event finds its row and changes nothing.
 * A domain that consumes events adds this entity and a migration creating `kit_processed_event`.
 */
export const ProcessedEvent = defineEntity({
  name: 'ProcessedEvent',
  tableName: 'kit_processed_event',
  properties: {
    eventId: p.string().length(80).primary(),
    consumer: p.string().length(40).primary(),
    type: p.string().length(128),
    processedAt: p.datetime(),
  },
});
export type ProcessedEvent = InferEntity<typeof ProcessedEvent>;
