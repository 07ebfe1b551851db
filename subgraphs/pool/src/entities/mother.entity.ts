import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const MOTHER_STATUSES = ['active', 'invalid', 'disabled'] as const;
export type MotherStatus = (typeof MOTHER_STATUSES)[number];

export const MOTHER_HEALTHS = ['unknown', 'healthy', 'failing'] as const;
export type MotherHealth = (typeof MOTHER_HEALTHS)[number];

/** `statusReason` of a mother an operator disabled: only an operator brings it back. */
export const OPERATOR_DISABLED = 'disabled_by_operator';

// Statuses are typed strings, not `p.enum`: MikroORM 6.6.16's SQLite introspection drops the middle
// values of a 3+-value enum check, so the schema generator would never report "no diff" on SQLite.
// Only the services write statuses, always through these union types.

/** A paid team-admin account whose seats we sell. The token is sealed (AES-256-GCM) and never leaves pool. */
export const Mother = defineEntity({
  name: 'Mother',
  tableName: 'mother',
  properties: {
    id: p.uuid().primary(),
    name: p.string().length(100),
    /** Lower-cased name: names are unique regardless of case (null only on rows older than the rule). */
    nameKey: p.string().length(100).nullable().unique(),
    status: p.string().length(16).$type<MotherStatus>().default('active'),
    statusReason: p.string().length(100).nullable(),
    statusChangedAt: p.datetime().nullable(),
    tokenCiphertext: p.text().hidden().lazy(true, false),
    tokenExpiresAt: p.datetime().nullable(),
    /** The upstream user behind the token (JWT subject): one mother per upstream account. */
    upstreamUserId: p.string().length(100).nullable().unique(),
    seatLimit: p.integer().default(7),
    notes: p.text().nullable(),
    motherGroupId: p.string().length(64).nullable(),
    poolGroupId: p.string().length(36).nullable(),
    health: p.string().length(16).$type<MotherHealth>().default('unknown'),
    lastHealthCheckAt: p.datetime().nullable(),
    lastSeenAliveAt: p.datetime().nullable(),
    lastSyncAt: p.datetime().nullable(),
    /** Members (owner excluded) plus pending invites the upstream showed at the last sync. */
    upstreamOccupants: p.integer().nullable(),
    /** Upstream occupants without a placement at the last sync (flagged for the operator). */
    unrecordedMembers: p.integer().default(0),
    createdAt: p.datetime(),
  },
  indexes: [
    { properties: ['status', 'createdAt'] },
    { properties: ['motherGroupId'] },
    { properties: ['poolGroupId'] },
    { properties: ['lastHealthCheckAt'] },
    { properties: ['lastSyncAt'] },
    // Statistics: mothers added per day, mothers by health.
    { properties: ['createdAt'] },
    { properties: ['health'] },
  ],
});
export type Mother = InferEntity<typeof Mother>;
