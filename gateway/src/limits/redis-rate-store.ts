import type { Logger } from '@seatpool/kit';
import type Redis from 'ioredis';
import { MemoryRateStore, type RateStore } from './rate-limiter';

// INCR and the expiry in one script: two replicas hitting a fresh key can never leave it without a
// TTL (which would make the bucket permanent), and the window starts at the first hit everywhere.
const HIT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return {count, ttl}
`;

/**
 * Counters in Redis so every gateway replica spends one budget. When Redis fails, this replica
 * counts in memory instead (the limit then applies per replica) rather than refusing everyone
 * or letting everyone through.
 */
export class RedisRateStore implements RateStore {
  private readonly fallback = new MemoryRateStore();
  private lastWarn = 0;

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly logger: Logger,
    private readonly onFallback: () => void = () => undefined,
  ) {
    // EVALSHA with an EVAL fallback: the script travels once per connection, not per hit.
    redis.defineCommand('seatpoolRateHit', { numberOfKeys: 1, lua: HIT });
  }

  async hit(key: string, windowMs: number, now = Date.now()) {
    try {
      const [count, ttl] = (await (this.redis as any).seatpoolRateHit(`${this.prefix}rl:${key}`, String(windowMs))) as [number, number];
      return { count: Number(count), resetInMs: Number(ttl) };
    } catch (err) {
      this.onFallback();
      if (now - this.lastWarn > 30_000) {
        this.lastWarn = now;
        this.logger.warn({ err: (err as Error).message }, 'rate limit store unavailable; counting in memory on this replica');
      }
      return this.fallback.hit(key, windowMs, now);
    }
  }
}
