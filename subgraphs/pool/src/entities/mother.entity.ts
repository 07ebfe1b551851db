import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const MOTHER_STATUSES = ['active', 'invalid', 'disabled'] as const;
export type MotherStatus = (typeof MOTHER_STATUSES)[number];

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
    status: p.string().length(16).$type<MotherStatus>().default('active'),
    statusReason: p.string().length(100).nullable(),
    statusChangedAt: p.datetime().nullable(),
    tokenCiphertext: p.text().hidden().lazy(true, false),
    tokenExpiresAt: p.datetime().nullable(),
    seatLimit: p.integer().default(7),
    notes: p.text().nullable(),
    motherGroupId: p.string().length(64).nullable(),
    createdAt: p.datetime(),
  },
  indexes: [{ properties: ['status', 'createdAt'] }, { properties: ['motherGroupId'] }],
});
export type Mother = InferEntity<typeof Mother>;
