import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { RedeemCode } from './redeem-code.entity';

export const SWITCH_KINDS = ['switch', 'refresh', 'rebind', 'requeue', 'admin'] as const;
export type SwitchKind = (typeof SWITCH_KINDS)[number];
export const SWITCH_REQUEST_STATUSES = ['queued', 'running', 'succeeded', 'failed', 'expired', 'cancelled'] as const;
export type SwitchRequestStatus = (typeof SWITCH_REQUEST_STATUSES)[number];

/**
 * One move of a code's email to a new seat (switch, refresh, rebind, after-sale requeue). RUNNING =
 * a placement is in flight under `placementKey`; QUEUED = no seat was free, maintenance tries again
 * at `nextAttemptAt` until `expiresAt` (the code's lifecycle end). `openFor` is the code id while the
 * request is open, so one code never has two open requests (a unique column; nulls never clash).
 */
export const SwitchRequest = defineEntity({
  name: 'SwitchRequest',
  tableName: 'switch_request',
  properties: {
    id: p.string().length(36).primary().onCreate(() => randomUUID()),
    code: () => p.manyToOne(RedeemCode).ref().index(),
    kind: p.string().length(16).$type<SwitchKind>(),
    /** The email that gets the new seat (the new email of a rebind). */
    email: p.string().length(254).index(),
    /** The email that gives its seat up, when it differs (rebind). */
    fromEmail: p.string().length(254).nullable(),
    status: p.string().length(16).$type<SwitchRequestStatus>(),
    openFor: p.string().length(36).nullable().unique(),
    placementKey: p.string().length(36).nullable().unique(),
    excludeMotherId: p.string().length(64).nullable(),
    attempts: p.integer().default(0),
    attemptStartedAt: p.datetime().nullable(),
    nextAttemptAt: p.datetime().nullable(),
    expiresAt: p.datetime().nullable(),
    lastError: p.string().length(64).nullable(),
    teamName: p.string().length(255).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
    finishedAt: p.datetime().nullable(),
  },
  // Statistics: finished switches per day by (status, finishedAt).
  indexes: [{ properties: ['status', 'nextAttemptAt'] }, { properties: ['createdAt'] }, { properties: ['status', 'finishedAt'] }],
});
export type SwitchRequest = InferEntity<typeof SwitchRequest>;
