import { pageWindow, requireAdmin } from '@seatpool/kit';
import { USERS_READ, USERS_WRITE } from './scopes';
import type { UsersResolvers } from './types';

export const jobResolvers: UsersResolvers = {
  Query: {
    batchJobs: (_, { filter, ...page }, ctx) => {
      requireAdmin(ctx, USERS_READ);
      return ctx.services.jobs.list(filter ?? {}, page);
    },
    batchJob: (_, { id }, ctx) => {
      requireAdmin(ctx, USERS_READ);
      return ctx.services.jobs.get(id);
    },
  },
  Mutation: {
    retryBatchJob: (_, { input }, ctx) => {
      requireAdmin(ctx, USERS_WRITE);
      return ctx.services.jobs.retry(input.id);
    },
    cancelBatchJob: (_, { input }, ctx) => {
      requireAdmin(ctx, USERS_WRITE);
      return ctx.services.jobs.cancel(input.id);
    },
  },
  BatchJob: {
    done: async (job, _, ctx) => {
      const c = await ctx.loaders.jobCounts.load(job.id);
      return c.succeeded + c.failed;
    },
    succeeded: async (job, _, ctx) => (await ctx.loaders.jobCounts.load(job.id)).succeeded,
    failed: async (job, _, ctx) => (await ctx.loaders.jobCounts.load(job.id)).failed,
    // Through a loader: a page of N jobs with their items costs two queries, not two per job.
    items: (job, { status, ...page }, ctx) =>
      ctx.loaders.jobItems.load({ jobId: job.id, status: status ?? null, window: pageWindow(page) }),
  },
};
