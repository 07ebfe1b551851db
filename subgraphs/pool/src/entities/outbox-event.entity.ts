import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const POOL_EVENT_TYPES = ['mother.status_changed', 'team.lost', 'placement.accepted', 'placement.released', 'admin.action', 'mother.breaker_changed'] as const;
export type PoolEventType = (typeof POOL_EVENT_TYPES)[number];

/**
 * A fact for other domains (e.g. `mother.status_changed`), written in the same transaction as the
 * change. `id` is the monotonic cursor consumers read by. `publishedAt` is set by the NATS relay
 * once JetStream acked the event (null while unpublished, and always null without NATS).
 */
export const OutboxEvent = defineEntity({
  name: 'OutboxEvent',
  tableName: 'outbox_event',
  properties: {
    id: p.integer().primary().autoincrement(),
    type: p.string().length(64),
    motherId: p.string().length(36).nullable(),
    teamId: p.string().length(64).nullable(),
    placementKey: p.string().length(200).nullable(),
    email: p.string().length(254).nullable(),
    payload: p.json<Record<string, unknown>>(),
    createdAt: p.datetime(),
    publishedAt: p.datetime().nullable(),
  },
  // Statistics: mothers lost per day are status-change events in a time range.
  // The relay reads the unpublished rows in id order.
  indexes: [{ properties: ['type', 'createdAt'] }, { properties: ['publishedAt', 'id'] }],
});
export type OutboxEvent = InferEntity<typeof OutboxEvent>;
