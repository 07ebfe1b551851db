import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** One admin login. Only a keyed hash of the bearer token is stored; the token itself is shown once. */
export const AdminSession = defineEntity({
  name: 'AdminSession',
  tableName: 'admin_session',
  properties: {
    id: p.string().length(36).primary().onCreate(() => randomUUID()),
    tokenHash: p.string().length(64).unique(),
    createdAt: p.datetime().onCreate(() => new Date()),
    expiresAt: p.datetime().index(),
    revokedAt: p.datetime().nullable(),
    ip: p.string().length(64).nullable(),
    /** Last verified use, written at most once a minute. */
    lastSeenAt: p.datetime().nullable(),
  },
});
export type AdminSession = InferEntity<typeof AdminSession>;
