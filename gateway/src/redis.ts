import { FAIL_FAST_REDIS, type Logger } from '@seatpool/kit';
import Redis from 'ioredis';

/**
 * The gateway's one Redis connection (rate-limit counters and persisted queries). Commands fail
 * fast instead of queueing while Redis is away, so a request never waits on a dead Redis: the
 * callers fall back to their in-memory twin and say so in the log.
 */
export async function connectRedis(url: string, logger: Logger): Promise<Redis> {
  // Keeps reconnecting in the background (capped backoff): the shared budget comes back by itself.
  const redis = new Redis(url, FAIL_FAST_REDIS);
  let lastWarn = 0;
  redis.on('error', (err) => {
    // ioredis emits an error per failed reconnect; one line every 30 s is enough for an operator.
    if (Date.now() - lastWarn < 30_000) return;
    lastWarn = Date.now();
    logger.warn({ err: err.message }, 'redis unavailable; rate limits and persisted queries fall back to this replica');
  });
  try {
    await redis.connect();
  } catch (err) {
    logger.error({ err: (err as Error).message }, 'redis not reachable at start; running on in-memory limits until it is');
  }
  return redis;
}

export const redisReady = (redis: Redis | undefined) => !redis || redis.status === 'ready';
