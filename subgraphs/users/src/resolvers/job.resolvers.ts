import { pageWindow, requireAdmin } from '@seatpool/kit';
import { USERS_READ, USERS_WRITE } from './scopes';
import type { BatchJob, JobItemStatus } from '../entities';
import type { JobFilter } from '../services/job-queue.service';
import type { PageArgs, UsersResolvers } from './types';

export const jobResolvers: UsersResolvers = {
  Query: {
    batchJobs: (_: unknown, { filter, ...page }: PageArgs<JobFilter>, ctx) => {
      requireAdmin(ctx, USERS_READ);
      return ctx.services.jobs.list(filter ?? {}, page);
    },
    batchJob: (_: unknown, { id }: { id: string }, ctx) => {
      requireAdmin(ctx, USERS_READ);
      return ctx.services.jobs.get(id);
    },
  },
  Mutation: {
    retryBatchJob: (_: unknown, { input }: { input: { id: string } }, ctx) => {
      requireAdmin(ctx, USERS_WRITE);
      return ctx.services.jobs.retry(input.id);
    },
    cancelBatchJob: (_: unknown, { input }: { input: { id: string } }, ctx) => {
      requireAdmin(ctx, USERS_WRITE);
      return ctx.services.jobs.cancel(input.id);
    },
  },
  BatchJob: {
    done: async (job: BatchJob, _: unknown, ctx) => {
      const c = await ctx.loaders.jobCounts.load(job.id);
      return c.succeeded + c.failed;
    },
    succeeded: async (job: BatchJob, _: unknown, ctx) => (await ctx.loaders.jobCounts.load(job.id)).succeeded,
    failed: async (job: BatchJob, _: unknown, ctx) => (await ctx.loaders.jobCounts.load(job.id)).failed,
    // Through a loader: a page of N jobs with their items costs two queries, not two per job.
    items: (job: BatchJob, { status, ...page }: { status?: JobItemStatus; page?: number; pageSize?: number }, ctx) =>
      ctx.loaders.jobItems.load({ jobId: job.id, status: status ?? null, window: pageWindow(page) }),
  },
};
