import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const SEAT_RELEASE_REASONS = ['SWITCH', 'CANCEL', 'REMOVE', 'EXPIRE'] as const;
export type SeatReleaseReason = (typeof SEAT_RELEASE_REASONS)[number];

/**
 * A seat users has given up and pool must free (`releasePlacement`), written in the same
 * transaction as the change that gave it up: a failed or lost call is retried by maintenance,
 * so no seat is ever held twice by one code (the old seat after a switch, an expired lifecycle).
 */
export const SeatRelease = defineEntity({
  name: 'SeatRelease',
  tableName: 'seat_release',
  properties: {
    placementKey: p.string().length(36).primary(),
    codeId: p.string().length(36).nullable(),
    reason: p.string().length(16).$type<SeatReleaseReason>(),
    status: p.string().length(16).$type<'pending' | 'done' | 'failed'>().default('pending'),
    attempts: p.integer().default(0),
    nextAttemptAt: p.datetime(),
    lastError: p.string().length(64).nullable(),
    createdAt: p.datetime(),
    doneAt: p.datetime().nullable(),
  },
  indexes: [{ properties: ['status', 'nextAttemptAt'] }],
});
export type SeatRelease = InferEntity<typeof SeatRelease>;
