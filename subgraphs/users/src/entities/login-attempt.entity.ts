import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * Failed admin logins of one (account, client address) pair — `key` is a keyed hash of both —
 * inside the current window. Only that pair is locked out; other addresses can still log in.
 */
export const LoginAttempt = defineEntity({
  name: 'LoginAttempt',
  tableName: 'login_attempt',
  properties: {
    key: p.string().length(64).primary(),
    failures: p.integer(),
    windowStartedAt: p.datetime(),
    lockedUntil: p.datetime().nullable(),
    updatedAt: p.datetime().index(),
  },
});
export type LoginAttempt = InferEntity<typeof LoginAttempt>;
