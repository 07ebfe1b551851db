import { ConfigError, parseConfig } from '@seatpool/kit';
import { poolConfigSchema } from '../src/config';
import { startPool } from '../src/app';

const SECRET = 'x'.repeat(32);
const problems = (env: NodeJS.ProcessEnv) => {
  try {
    parseConfig(poolConfigSchema, env);
    return [];
  } catch (err) {
    return (err as ConfigError).problems;
  }
};

describe('pool configuration', () => {
  it('has working defaults for development', () => {
    const config = parseConfig(poolConfigSchema, { SEATPOOL_SIGNING_SECRET: SECRET });
    expect(config.POOL_DATABASE_URL).toBeUndefined();
    expect(config).toMatchObject({
      POOL_PORT: 4002,
      POOL_UPSTREAM_URL: 'http://127.0.0.1:4010/backend-api',
      POOL_HOLD_TTL_MS: 120_000,
      POOL_UPSTREAM_ATTEMPT_TIMEOUT_MS: 8_000,
      POOL_UPSTREAM_RETRIES: 2,
      POOL_UPSTREAM_BUDGET_MS: 30_000,
      POOL_MAINTENANCE_INTERVAL_MS: 10_000,
      STRICT_DOMAIN_GUARD: false,
    });
  });

  it('lists every problem at once', () => {
    expect(problems({ SEATPOOL_SIGNING_SECRET: 'short', POOL_HOLD_TTL_MS: '1000', POOL_UPSTREAM_BUDGET_MS: '5000', POOL_ENCRYPTION_KEY: 'abc', POOL_DATABASE_URL: 'mysql://x' })).toEqual([
      'SEATPOOL_SIGNING_SECRET: must be at least 32 characters',
      'POOL_DATABASE_URL: must be a postgres:// or postgresql:// URL',
      'POOL_HOLD_TTL_MS: must exceed POOL_UPSTREAM_BUDGET_MS (5000) so an in-flight upstream call never loses its seat',
      'POOL_UPSTREAM_ATTEMPT_TIMEOUT_MS: must not exceed POOL_UPSTREAM_BUDGET_MS',
      'POOL_ENCRYPTION_KEY: must be 32 bytes, given as 64 hex characters or base64',
    ]);
  });

  it('in production requires an encryption key and turns the strict domain guard on', () => {
    expect(problems({ NODE_ENV: 'production', SEATPOOL_SIGNING_SECRET: SECRET })).toEqual(['POOL_ENCRYPTION_KEY: is required in production']);
    const config = parseConfig(poolConfigSchema, { NODE_ENV: 'production', SEATPOOL_SIGNING_SECRET: SECRET, POOL_ENCRYPTION_KEY: 'ab'.repeat(32) });
    expect(config.STRICT_DOMAIN_GUARD).toBe(true);
    expect(parseConfig(poolConfigSchema, { NODE_ENV: 'production', SEATPOOL_SIGNING_SECRET: SECRET, POOL_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64'), STRICT_DOMAIN_GUARD: 'off' }).STRICT_DOMAIN_GUARD).toBe(false);
    expect(problems({ SEATPOOL_SIGNING_SECRET: SECRET, STRICT_DOMAIN_GUARD: 'maybe' })).toEqual(['STRICT_DOMAIN_GUARD: must be a boolean (1/0, true/false, yes/no, on/off)']);
  });

  it('refuses to start when it can see the users database under the strict guard', async () => {
    await expect(
      startPool({ SEATPOOL_SIGNING_SECRET: SECRET, STRICT_DOMAIN_GUARD: '1', USERS_DATABASE_URL: 'postgresql://db/users', SEATPOOL_DATA_DIR: '/nonexistent' }),
    ).rejects.toThrow(/USERS_DATABASE_URL/);
    await expect(startPool({ SEATPOOL_SIGNING_SECRET: 'short' })).rejects.toBeInstanceOf(ConfigError);
  });
});
