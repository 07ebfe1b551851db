import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * Per-endpoint notification state: `seats:<KIND>:<group id|all>` (low / ok, with a crossing
 * counter that keys its deliveries) and `redeem` (fired / armed). One row per endpoint and key.
 */
export const NotifyState = defineEntity({
  name: 'NotifyState',
  tableName: 'notify_state',
  properties: {
    endpointId: p.string().length(36).primary(),
    key: p.string().length(120).primary(),
    state: p.string().length(16),
    /** Transitions so far: part of the delivery key, so each crossing is delivered once. */
    seq: p.integer().default(0),
    updatedAt: p.datetime(),
  },
});
export type NotifyState = InferEntity<typeof NotifyState>;

/** How far a consumer has read another service's events (`pool-events`, `users-events`). */
export const ConsumerCursor = defineEntity({
  name: 'ConsumerCursor',
  tableName: 'consumer_cursor',
  properties: {
    name: p.string().length(64).primary(),
    position: p.string().length(64),
    updatedAt: p.datetime(),
  },
});
export type ConsumerCursor = InferEntity<typeof ConsumerCursor>;

/** A `users.redeem.failed` event, kept a few minutes for the sliding-minute rate. */
export const RedeemFailure = defineEntity({
  name: 'RedeemFailure',
  tableName: 'redeem_failure',
  properties: {
    eventId: p.string().length(100).primary(),
    motherGroupId: p.string().length(64).nullable(),
    occurredAt: p.datetime(),
  },
  indexes: [{ properties: ['occurredAt'] }],
});
export type RedeemFailure = InferEntity<typeof RedeemFailure>;
