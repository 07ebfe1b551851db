import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { BatchJob } from './batch-job.entity';

export const JOB_ITEM_STATUSES = ['pending', 'succeeded', 'failed'] as const;
export type JobItemStatus = (typeof JOB_ITEM_STATUSES)[number];

/**
 * One target of a batch job with its own result; a SUCCEEDED item is never run again. An item
 * with an upstream side effect records `attemptKey` before the call; a runner that finds it set
 * (its worker died mid-item) asks pool under that key before repeating anything.
 */
export const BatchJobItem = defineEntity({
  name: 'BatchJobItem',
  tableName: 'batch_job_item',
  properties: {
    id: p.integer().primary().autoincrement(),
    job: () => p.manyToOne(BatchJob).ref(),
    targetId: p.string().length(64),
    status: p.string().length(16).$type<JobItemStatus>().default('pending'),
    attempts: p.integer().default(0),
    error: p.string().length(255).nullable(),
    /** A FAILED item whose error retrying cannot fix (NOT_FOUND, CONFLICT, …): no automatic attempt runs it again. */
    permanent: p.boolean().default(false),
    /** Set before the side effect, cleared with the result: set on a PENDING item = outcome unknown. */
    attemptKey: p.string().length(100).nullable(),
    attemptStartedAt: p.datetime().nullable(),
    /** What the runner observed besides success or the error, e.g. a resumed attempt not repeated. */
    note: p.string().length(255).nullable(),
    updatedAt: p.datetime().nullable(),
  },
  indexes: [{ properties: ['job', 'status'] }],
});
export type BatchJobItem = InferEntity<typeof BatchJobItem>;
