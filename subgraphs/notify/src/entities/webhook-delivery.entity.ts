import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const DELIVERY_STATUSES = ['PENDING', 'DELIVERED', 'FAILED'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/**
 * One notification to one endpoint. `id` (`msg_…`) is the Standard Webhooks `webhook-id`, the same
 * on every attempt. `(endpointId, sourceKey)` is unique: the same source event (or threshold
 * crossing, token expiry, test) never makes a second delivery to one endpoint.
 */
export const WebhookDelivery = defineEntity({
  name: 'WebhookDelivery',
  tableName: 'webhook_delivery',
  properties: {
    id: p.string().length(40).primary(),
    endpointId: p.string().length(36),
    sourceKey: p.string().length(200),
    type: p.string().length(32),
    /** The JSON body, fixed at creation (no secrets, no emails). */
    payload: p.text(),
    status: p.string().length(16).$type<DeliveryStatus>().default('PENDING'),
    attempts: p.integer().default(0),
    nextAttemptAt: p.datetime().nullable(),
    lastAttemptAt: p.datetime().nullable(),
    lastStatusCode: p.integer().nullable(),
    /** The first 500 characters of the last answer, or the connection error (never a secret). */
    lastResponse: p.string().length(500).nullable(),
    createdAt: p.datetime(),
    deliveredAt: p.datetime().nullable(),
  },
  uniques: [{ properties: ['endpointId', 'sourceKey'] }],
  indexes: [{ properties: ['status', 'nextAttemptAt'] }, { properties: ['endpointId', 'createdAt'] }, { properties: ['createdAt'] }],
});
export type WebhookDelivery = InferEntity<typeof WebhookDelivery>;
