import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const PLACEMENT_STATUSES = ['in_flight', 'placed', 'failed', 'aborted', 'released'] as const;
export type PlacementStatus = (typeof PLACEMENT_STATUSES)[number];
export const RELEASE_REASONS = ['switch', 'cancel', 'remove', 'expire'] as const;
export type ReleaseReason = (typeof RELEASE_REASONS)[number];
export type InviteState = 'pending' | 'accepted';

/**
 * The stored outcome of one `placeEmail` idempotency key. The row is inserted before any upstream
 * call, so the unique key is what makes a retried or racing call act once. An `abortPlacement`
 * of an unknown key leaves an `aborted` tombstone with an empty email.
 */
export const Placement = defineEntity({
  name: 'Placement',
  tableName: 'placement',
  properties: {
    id: p.integer().primary().autoincrement(),
    idempotencyKey: p.string().length(200).unique(),
    email: p.string().length(254),
    status: p.string().length(16).$type<PlacementStatus>().default('in_flight'),
    motherGroupId: p.string().length(64).nullable(),
    motherId: p.string().length(36).nullable(),
    teamId: p.string().length(64).nullable(),
    teamName: p.string().length(200).nullable(),
    alreadyMember: p.boolean().default(false),
    errorCode: p.string().length(40).nullable(),
    inviteState: p.string().length(16).$type<InviteState>().nullable(),
    acceptedAt: p.datetime().nullable(),
    releaseReason: p.string().length(16).$type<ReleaseReason>().nullable(),
    releasedAt: p.datetime().nullable(),
    pendingMotherId: p.string().length(36).nullable(),
    pendingTeamId: p.string().length(64).nullable(),
    /** When the pending invite was last sent (or its sender last seen): resolved `settleMs` later. */
    pendingSince: p.datetime().nullable(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  },
  indexes: [{ properties: ['status', 'updatedAt'] }, { properties: ['email', 'status'] }, { properties: ['pendingSince'] }],
});
export type Placement = InferEntity<typeof Placement>;
