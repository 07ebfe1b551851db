import type { RedisOptions } from 'ioredis';

/**
 * Redis that fails fast instead of queueing while it is away, so a request never waits on a dead
 * Redis (callers fall back to an in-memory twin), and keeps reconnecting in the background with a
 * capped backoff. Connect explicitly (`lazyConnect`) to log a failed first connection.
 */
export const FAIL_FAST_REDIS: RedisOptions = {
  enableOfflineQueue: false,
  maxRetriesPerRequest: 0,
  commandTimeout: 1_000,
  connectTimeout: 3_000,
  retryStrategy: (times) => Math.min(times * 200, 5_000),
  lazyConnect: true,
};
