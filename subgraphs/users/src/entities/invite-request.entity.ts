import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { RedeemCode } from './redeem-code.entity';

export const INVITE_STATUSES = ['pending', 'sent', 'accepted', 'failed', 'cancelled', 'removed'] as const;
export type InviteStatus = (typeof INVITE_STATUSES)[number];
export const INVITE_PURPOSES = ['redeem', 'switch', 'refresh', 'rebind', 'requeue', 'admin'] as const;
export type InvitePurpose = (typeof INVITE_PURPOSES)[number];

/**
 * One attempt to put an email into a team for a code. `id` is public (returned as
 * `inviteRequestId`); `placementKey` is the pool idempotency key, one request per key.
 */
export const InviteRequest = defineEntity({
  name: 'InviteRequest',
  tableName: 'invite_request',
  properties: {
    id: p.string().length(36).primary().onCreate(() => randomUUID()),
    code: () => p.manyToOne(RedeemCode).ref().index(),
    email: p.string().length(254).index(),
    status: p.string().length(16).$type<InviteStatus>().default('pending').index(),
    placementKey: p.string().length(36).unique(),
    errorCode: p.string().length(64).nullable(),
    teamId: p.string().length(128).nullable(),
    teamName: p.string().length(255).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
    purpose: p.string().length(16).$type<InvitePurpose>().default('redeem'),
    motherId: p.string().length(64).nullable(),
    /** Why the seat was given up: SWITCH, CANCEL, REMOVE, EXPIRE, or what pool reported. */
    releaseReason: p.string().length(32).nullable(),
    acceptedAt: p.datetime().nullable(),
    resendCount: p.integer().default(0),
    resentAt: p.datetime().nullable(),
  },
  indexes: [
    { properties: ['createdAt'] },
    { properties: ['teamId'] },
    // Statistics: redeem success windows and invite series; invites per mother.
    { properties: ['createdAt', 'purpose', 'status'] },
    { properties: ['motherId', 'status', 'acceptedAt'] },
  ],
});
export type InviteRequest = InferEntity<typeof InviteRequest>;
