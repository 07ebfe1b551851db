import type { ApolloServerOptions } from '@apollo/server';
import type { Logger } from '@seatpool/kit';
import type Redis from 'ioredis';

type KeyValueCache = NonNullable<Exclude<ApolloServerOptions<any>['persistedQueries'], false | undefined>['cache']>;

const PREFIX = 'apq:'; // Apollo prefixes every key it hands us with this
const MAX_STORED_CHARS = 16_384; // larger documents are simply sent in full each time
const TTL_S = 86_400;

/**
 * Where Apollo keeps automatic persisted queries. Registered (safelisted) operations are always
 * found, whatever the store holds; new registrations go to Redis when the gateway has one (so a
 * hash registered through one replica works through all) or to a bounded map in this process.
 */
export class PersistedQueryCache implements KeyValueCache {
  private readonly memory = new Map<string, { value: string; expires: number }>();
  /** True while Redis fails: the first failure of an outage is logged, not every request. */
  private redisDown = false;

  constructor(
    private readonly opts: { registered?: Map<string, string>; acceptNew: boolean; redis?: Redis; redisPrefix: string; logger?: Logger },
  ) {}

  private redisFailed(op: string, err: unknown) {
    if (this.redisDown) return;
    this.redisDown = true;
    this.opts.logger?.warn({ err, op }, 'persisted-query store (Redis) failed; using this replica\'s memory until it answers again');
  }

  private redisAnswered() {
    if (!this.redisDown) return;
    this.redisDown = false;
    this.opts.logger?.info('persisted-query store (Redis) answers again');
  }

  async get(key: string): Promise<string | undefined> {
    const hash = key.startsWith(PREFIX) ? key.slice(PREFIX.length) : key;
    const known = this.opts.registered?.get(hash);
    if (known !== undefined || !this.opts.acceptNew) return known;
    if (this.opts.redis) {
      try {
        const value = (await this.opts.redis.get(this.redisKey(key))) ?? undefined;
        this.redisAnswered();
        return value;
      } catch (err) {
        // Redis away: fall through to this replica's map; the client resends the text at worst.
        this.redisFailed('get', err);
      }
    }
    const hit = this.memory.get(key);
    if (!hit || hit.expires < Date.now()) return undefined;
    return hit.value;
  }

  async set(key: string, value: string, options?: { ttl?: number | null }) {
    if (!this.opts.acceptNew || value.length > MAX_STORED_CHARS) return;
    const ttl = options?.ttl ?? TTL_S;
    if (this.opts.redis) {
      try {
        await this.opts.redis.set(this.redisKey(key), value, 'EX', ttl);
        this.redisAnswered();
        return;
      } catch (err) {
        this.redisFailed('set', err); // and keep it in memory below
      }
    }
    if (this.memory.size >= 10_000) this.memory.delete(this.memory.keys().next().value!);
    this.memory.set(key, { value, expires: Date.now() + ttl * 1000 });
  }

  async delete(key: string) {
    this.memory.delete(key);
    await this.opts.redis?.del(this.redisKey(key)).catch((err: unknown) => this.redisFailed('del', err));
    return true;
  }

  private redisKey(key: string) {
    return `${this.opts.redisPrefix}${key}`;
  }
}
