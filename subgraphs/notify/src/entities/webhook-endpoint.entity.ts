import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** Why an endpoint is off: an operator, every attempt failing for a day (or 50 in a row), or a 410 answer. */
export type DisabledReason = 'operator' | 'persistent_failure' | 'gone';

/**
 * A URL that receives signed notifications. The signing secret is sealed with the service key
 * (kit's SecretBox) and only shown once, at creation or rotation; `secretHint` tells secrets apart.
 */
export const WebhookEndpoint = defineEntity({
  name: 'WebhookEndpoint',
  tableName: 'webhook_endpoint',
  properties: {
    id: p.uuid().primary(),
    url: p.string().length(2000),
    description: p.string().length(200).nullable(),
    /** Notification type names (`SEATS_LOW`, …); empty = every type. */
    eventTypes: p.json<string[]>(),
    motherGroupId: p.string().length(64).nullable(),
    poolGroupId: p.string().length(64).nullable(),
    freeSeatsBelow: p.integer().default(10),
    tokenExpiryDays: p.integer().default(7),
    redeemFailuresPerMinute: p.integer().default(20),
    enabled: p.boolean().default(true),
    disabledReason: p.string().length(32).$type<DisabledReason>().nullable(),
    secretSealed: p.text().hidden().lazy(true, false),
    secretHint: p.string().length(8),
    /** Attempts that failed since the last 2xx (50 disable the endpoint). */
    consecutiveFailures: p.integer().default(0),
    lastSuccessAt: p.datetime().nullable(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  },
  indexes: [{ properties: ['createdAt'] }],
});
export type WebhookEndpoint = InferEntity<typeof WebhookEndpoint>;
