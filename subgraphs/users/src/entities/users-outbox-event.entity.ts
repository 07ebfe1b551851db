import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * A users fact for other domains (`users.code.redeemed`, …), written in the same transaction as
 * the change it describes. `id` is the monotonic cursor `usersEvents` pages by and the envelope id
 * (`users-<id>`); `version` is the version of `schema/events/<type>.json` the data was written
 * under; `publishedAt` is set by the NATS relay once JetStream acked the event.
 */
export const UsersOutboxEvent = defineEntity({
  name: 'UsersOutboxEvent',
  tableName: 'users_outbox_event',
  properties: {
    id: p.integer().primary().autoincrement(),
    type: p.string().length(64),
    version: p.integer(),
    payload: p.json<Record<string, unknown>>(),
    createdAt: p.datetime(),
    publishedAt: p.datetime().nullable(),
  },
  // The relay reads the unpublished rows oldest first.
  indexes: [{ properties: ['publishedAt', 'id'] }],
});
export type UsersOutboxEvent = InferEntity<typeof UsersOutboxEvent>;
