import { createLogger, type BaseContext } from '@seatpool/kit';
import { startStats } from '../src/app';

async function introspects(env: NodeJS.ProcessEnv): Promise<boolean> {
  const stats = await startStats(
    { SEATPOOL_SIGNING_SECRET: 's'.repeat(40), STATS_PORT: '0', ...env },
    { logger: createLogger('stats', 'silent') },
  );
  try {
    const res = await stats.apollo.executeOperation({ query: '{ __schema { queryType { name } } }' }, { contextValue: {} as BaseContext });
    return res.body.kind === 'single' && res.body.singleResult.data !== undefined;
  } finally {
    await stats.close();
  }
}

describe('stats honours production', () => {
  it('answers introspection in development, refuses it in production unless STATS_INTROSPECTION=1', async () => {
    expect(await introspects({})).toBe(true);
    expect(await introspects({ NODE_ENV: 'production' })).toBe(false);
    expect(await introspects({ NODE_ENV: 'production', STATS_INTROSPECTION: '1' })).toBe(true);
  });
});
