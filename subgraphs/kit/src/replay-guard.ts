import type Redis from 'ioredis';
import type { Logger } from './logger';
import { FAIL_FAST_REDIS } from './redis-options';

export interface ClaimOptions {
  /** How long the nonce stays remembered. */
  ttlMs: number;
  /** When the identity carrying the nonce was issued. */
  iat: number;
  now?: number;
}

/** Remembers used identity nonces: `claim` is true exactly once per nonce inside its ttl. */
export interface ReplayGuard {
  /** True when every replica shares the memory (Redis). */
  readonly shared: boolean;
  claim(nonce: string, opts: ClaimOptions): Promise<boolean>;
  close?(): Promise<void>;
}

/**
 * One process's memory of used nonces. A restart forgets them, so it also refuses identities issued
 * before it started (`startedAt`): a header captured before a restart cannot be replayed after it.
 */
export class MemoryReplayGuard implements ReplayGuard {
  readonly shared = false;
  private readonly seen = new Map<string, number>();

  constructor(readonly startedAt = Date.now()) {}

  async claim(nonce: string, { ttlMs, iat, now = Date.now() }: ClaimOptions): Promise<boolean> {
    if (iat < this.startedAt) return false;
    // Map keeps insertion order, which is (nearly) expiry order: stop at the first live entry.
    for (const [key, expires] of this.seen) {
      if (expires > now) break;
      this.seen.delete(key);
    }
    if (this.seen.has(nonce)) return false;
    this.seen.set(nonce, now + ttlMs);
    return true;
  }
}

/**
 * Nonces in Redis (`SET key 1 PX ttl NX`), shared by every replica and surviving restarts. While
 * Redis does not answer, claims fall back to this process's memory guard (with its start floor), so
 * a Redis outage never accepts a header captured before this process started.
 */
export class RedisReplayGuard implements ReplayGuard {
  readonly shared = true;
  private readonly fallback = new MemoryReplayGuard();
  private lastWarn = 0;

  constructor(private readonly redis: Redis, private readonly prefix: string, private readonly logger?: Logger) {}

  async claim(nonce: string, opts: ClaimOptions): Promise<boolean> {
    try {
      return (await this.redis.set(`${this.prefix}${nonce}`, '1', 'PX', opts.ttlMs, 'NX')) === 'OK';
    } catch (err) {
      if (Date.now() - this.lastWarn > 30_000) {
        this.lastWarn = Date.now();
        this.logger?.warn({ err: (err as Error).message }, 'redis unavailable; identity nonces checked in this process only');
      }
      return this.fallback.claim(nonce, opts);
    }
  }

  async close() {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

/** The replay guard for a service: Redis when `redisUrl` is set, memory otherwise. */
export async function createReplayGuard(redisUrl: string | undefined, opts: { prefix?: string; logger?: Logger } = {}): Promise<ReplayGuard> {
  if (!redisUrl) return new MemoryReplayGuard();
  const { default: IORedis } = await import('ioredis');
  const redis = new IORedis(redisUrl, FAIL_FAST_REDIS);
  redis.on('error', () => undefined); // reported once per 30 s by the guard itself
  await redis.connect().catch((err) => opts.logger?.error({ err: (err as Error).message }, 'redis not reachable at start; identity nonces checked in this process only'));
  return new RedisReplayGuard(redis, opts.prefix ?? 'seatpool:nonce:', opts.logger);
}
