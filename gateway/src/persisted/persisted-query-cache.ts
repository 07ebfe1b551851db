import type { ApolloServerOptions } from '@apollo/server';
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

  constructor(
    private readonly opts: { registered?: Map<string, string>; acceptNew: boolean; redis?: Redis; redisPrefix: string },
  ) {}

  async get(key: string): Promise<string | undefined> {
    const hash = key.startsWith(PREFIX) ? key.slice(PREFIX.length) : key;
    const known = this.opts.registered?.get(hash);
    if (known !== undefined || !this.opts.acceptNew) return known;
    if (this.opts.redis) {
      try {
        return (await this.opts.redis.get(this.redisKey(key))) ?? undefined;
      } catch {
        // Redis away: fall through to this replica's map; the client resends the text at worst.
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
        return;
      } catch {
        // fall back to memory below
      }
    }
    if (this.memory.size >= 10_000) this.memory.delete(this.memory.keys().next().value!);
    this.memory.set(key, { value, expires: Date.now() + ttl * 1000 });
  }

  async delete(key: string) {
    this.memory.delete(key);
    await this.opts.redis?.del(this.redisKey(key)).catch(() => undefined);
    return true;
  }

  private redisKey(key: string) {
    return `${this.opts.redisPrefix}${key}`;
  }
}
