import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { CodeBatch } from './code-batch.entity';

export const CODE_STATUSES = ['unused', 'reserved', 'used', 'disabled', 'expired'] as const;
export type CodeStatus = (typeof CODE_STATUSES)[number];

/**
 * A redeem code. The plain code is never stored: `codeHash` (HMAC of the normalized code) finds
 * it, `codeCiphertext` (AES-256-GCM) lets an admin export it again. `reserved` = a redeem is in
 * flight under `reservationKey` (also pool's placement idempotency key) until `reservedUntil`.
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
    motherId: p.string().length(64).nullable(),
    currentTeamId: p.string().length(128).nullable(),
    teamName: p.string().length(255).nullable(),
    reservationKey: p.string().length(36).nullable().unique(),
    reservedUntil: p.datetime().nullable(),
    expiresAt: p.datetime().nullable(),
    usedAt: p.datetime().nullable(),
    motherGroupId: p.string().length(64).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  // Dashboard counts and expiry sweeps filter by status (+ expiresAt); the reconciler by status + reservedUntil.
  indexes: [{ properties: ['status', 'expiresAt'] }, { properties: ['status', 'reservedUntil'] }],
});
export type RedeemCode = InferEntity<typeof RedeemCode>;
