import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * A fact for other domains (e.g. `mother.status_changed`), written in the same transaction as the
 * change. `id` is the monotonic cursor consumers read by.
 */
export const OutboxEvent = defineEntity({
  name: 'OutboxEvent',
  tableName: 'outbox_event',
  properties: {
    id: p.integer().primary().autoincrement(),
    type: p.string().length(64),
    motherId: p.string().length(36).nullable(),
    payload: p.json<Record<string, unknown>>(),
    createdAt: p.datetime(),
  },
});
export type OutboxEvent = InferEntity<typeof OutboxEvent>;
