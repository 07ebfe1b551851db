import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

export const BULK_OPERATION_TYPES = ['code_generate', 'code_export', 'codes_disable', 'invites_resend', 'invites_cancel', 'members_remove'] as const;
export type BulkOperationType = (typeof BULK_OPERATION_TYPES)[number];

/** The bulk history: one row per generate, export or finished batch job, with its counts. */
export const BulkOperation = defineEntity({
  name: 'BulkOperation',
  tableName: 'bulk_operation',
  properties: {
    id: p.string().length(36).primary().onCreate(() => randomUUID()),
    type: p.string().length(32).$type<BulkOperationType>().index(),
    actor: p.string().length(64),
    total: p.integer(),
    succeeded: p.integer(),
    failed: p.integer(),
    /** JSON details (batch id, prefix, filter); never a secret. */
    metadata: p.text().nullable(),
    jobId: p.string().length(36).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()).index(),
  },
});
export type BulkOperation = InferEntity<typeof BulkOperation>;
