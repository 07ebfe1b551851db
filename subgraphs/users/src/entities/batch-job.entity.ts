import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

export const JOB_TYPES = ['resend_invites', 'cancel_invites', 'remove_members', 'disable_codes'] as const;
export type JobType = (typeof JOB_TYPES)[number];
export const JOB_STATUSES = ['pending', 'running', 'succeeded', 'partially_failed', 'failed', 'cancelled'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/**
 * A batch job: one action over many targets (its items). A runner holds it under a lease
 * (`leaseHolder` until `leaseUntil`, renewed as items finish); a lease that lapses is reclaimed
 * by the next runner and counts as an attempt. Between attempts the job waits until `nextRunAt`.
 */
export const BatchJob = defineEntity({
  name: 'BatchJob',
  tableName: 'batch_job',
  properties: {
    id: p.string().length(36).primary().onCreate(() => randomUUID()),
    type: p.string().length(32).$type<JobType>(),
    status: p.string().length(20).$type<JobStatus>().default('pending'),
    actor: p.string().length(64),
    total: p.integer(),
    attempts: p.integer().default(0),
    maxAttempts: p.integer(),
    leaseHolder: p.string().length(64).nullable(),
    leaseUntil: p.datetime().nullable(),
    nextRunAt: p.datetime().nullable(),
    lastError: p.string().length(255).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    startedAt: p.datetime().nullable(),
    finishedAt: p.datetime().nullable(),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
  indexes: [{ properties: ['status', 'nextRunAt'] }, { properties: ['createdAt'] }],
});
export type BatchJob = InferEntity<typeof BatchJob>;
