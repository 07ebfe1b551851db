import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** One `generateCodes` call: what every code of the batch was minted with, and by whom. */
export const CodeBatch = defineEntity({
  name: 'CodeBatch',
  tableName: 'code_batch',
  properties: {
    id: p.string().length(36).primary().onCreate(() => randomUUID()),
    count: p.integer(),
    prefix: p.string().length(12).nullable(),
    expiresAt: p.datetime().nullable(),
    skuId: p.string().length(64).nullable(),
    motherGroupId: p.string().length(64).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    createdBy: p.string().length(64).nullable(),
  },
});
export type CodeBatch = InferEntity<typeof CodeBatch>;
