import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { CodeBatch } from './code-batch.entity';

export const CODE_STATUSES = ['unused', 'reserved', 'used', 'disabled', 'expired'] as const;
export type CodeStatus = (typeof CODE_STATUSES)[number];

/**
 * A redeem code. The plain code is never stored: `codeHash` (HMAC of the normalized code) finds
 * it, `codeCiphertext` (AES-256-GCM) lets an admin export it again. `reserved` = a redeem is in
 * flight under `reservationKey` (also pool's placement idempotency key) until `reservedUntil`.
 * `seatKey` is the placement key of the seat the bound email holds now (changes on a switch,
 * null once the seat is given up); `afterSaleKey` is the seat whose loss was already compensated.
 * The terms (lifecycle, switch and refresh limits) are copied from the SKU when the code is minted.
 */
// `status` is a plain string column: MikroORM 6.6's SQLite introspection misreads enum check
// constraints with more than two values, which would leave a permanent schema diff.
export const RedeemCode = defineEntity({
  name: 'RedeemCode',
  tableName: 'redeem_code',
  properties: {
    id: p.string().length(36).primary().onCreate(() => randomUUID()),
    batch: () => p.manyToOne(CodeBatch).ref().index(),
    codeHash: p.string().length(64).unique(),
    codeCiphertext: p.text(),
    status: p.string().length(16).$type<CodeStatus>().default('unused'),
    boundEmail: p.string().length(254).nullable().index(),
    motherId: p.string().length(64).nullable().index(),
    currentTeamId: p.string().length(128).nullable().index(),
    teamName: p.string().length(255).nullable(),
    reservationKey: p.string().length(36).nullable().unique(),
    reservedUntil: p.datetime().nullable(),
    expiresAt: p.datetime().nullable(),
    usedAt: p.datetime().nullable(),
    motherGroupId: p.string().length(64).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    skuId: p.string().length(36).nullable().index(),
    lifecycleDays: p.integer().default(30),
    lifecycleStartedAt: p.datetime().nullable(),
    lifecycleEndsAt: p.datetime().nullable(),
    switchLimit: p.integer().nullable(),
    switchCount: p.integer().default(0),
    lastSwitchAt: p.datetime().nullable(),
    refreshLimit: p.integer().nullable(),
    refreshUsed: p.integer().default(0),
    refreshCooldownUntil: p.datetime().nullable(),
    seatKey: p.string().length(36).nullable().unique(),
    afterSaleKey: p.string().length(36).nullable(),
    /** The status a DISABLED code returns to when it is enabled again. */
    disabledFrom: p.string().length(16).$type<CodeStatus>().nullable(),
  },
  // Dashboard counts and expiry sweeps filter by status (+ expiresAt); the reconciler by status +
  // reservedUntil; the lifecycle sweep by status + lifecycleEndsAt.
  indexes: [
    { properties: ['status', 'expiresAt'] },
    { properties: ['status', 'reservedUntil'] },
    { properties: ['status', 'lifecycleEndsAt'] },
    { properties: ['createdAt'] },
    // Statistics: redeems per day; codes of a mother group by status.
    { properties: ['usedAt'] },
    { properties: ['motherGroupId', 'status', 'usedAt'] },
  ],
});
export type RedeemCode = InferEntity<typeof RedeemCode>;
