import { createLogger } from '@seatpool/kit';
import Redis from 'ioredis';
import { Writable } from 'node:stream';
import { PersistedQueryCache } from '../../src/persisted/persisted-query-cache';

describe('persisted-query cache when Redis fails', () => {
  it('falls back to memory and logs the outage once, not once per request', async () => {
    const logs: any[] = [];
    const logger = createLogger('gateway', 'info', new Writable({ write(c, _e, cb) { logs.push(JSON.parse(String(c))); cb(); } }));
    // A real client that cannot reach a server: every command fails at once.
    const redis = new Redis({ port: 1, lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 0, retryStrategy: () => null });
    try {
      const cache = new PersistedQueryCache({ acceptNew: true, redis, redisPrefix: 't:', logger });
      await cache.set('apq:abc', '{ a }');
      expect(await cache.get('apq:abc')).toBe('{ a }');
      expect(await cache.get('apq:other')).toBeUndefined();
      await cache.delete('apq:abc');
      const warnings = logs.filter((l) => l.msg.startsWith('persisted-query store (Redis) failed'));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatchObject({ level: 40, op: 'set' });
    } finally {
      redis.disconnect();
    }
  });
});
