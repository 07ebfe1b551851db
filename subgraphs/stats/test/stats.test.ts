import { authoredDefinitions, createLogger, createRegistry, createSubgraphServer, type BaseContext } from '@seatpool/kit';
import { readFileSync } from 'node:fs';
import { STATS_SCHEMA_FILE } from '../src/app';
import { resolvers } from '../src/resolvers';

const server = createSubgraphServer({
  name: 'stats',
  schemaFile: STATS_SCHEMA_FILE,
  resolvers: resolvers as any,
  signingSecret: 'x'.repeat(32),
  logger: createLogger('stats', 'silent'),
  registry: createRegistry('stats'),
  context: (b) => b,
});
const ctx = (kind: 'admin' | 'anonymous'): BaseContext => ({
  requestId: 'r-1', lang: 'en', logger: createLogger('stats', 'silent'),
  identity: { kind, sub: kind === 'admin' ? 's' : '', scopes: [], rid: 'r-1', iat: Date.now(), nonce: 'n' },
});
const run = async (query: string, kind: 'admin' | 'anonymous' = 'admin', variables = {}) => {
  const res = await server.executeOperation({ query, variables }, { contextValue: ctx(kind) });
  if (res.body.kind !== 'single') throw new Error('expected a single result');
  return res.body.singleResult;
};

describe('stats subgraph', () => {
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  it('serves exactly the SDL of schema/stats.graphql', async () => {
    const res = await run('{ _service { sdl } }');
    expect(authoredDefinitions((res.data as any)._service.sdl)).toEqual(authoredDefinitions(readFileSync(STATS_SCHEMA_FILE, 'utf8')));
  });

  it('computes codeQuota from the figures pool and users contribute', async () => {
    const res = await run(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Dashboard { id codeQuota } } }`,
      'admin',
      { r: [{ __typename: 'Dashboard', id: 'global', sellableSeats: 12, redeemableCodes: 15 }] },
    );
    expect(res.errors).toBeUndefined();
    expect((res.data as any)._entities).toEqual([{ id: 'global', codeQuota: -3 }]);
  });

  it('keeps the dashboard for admins', async () => {
    expect((await run('{ dashboard { id } }')).data).toEqual({ dashboard: { id: 'global' } });
    const anon = await run('{ dashboard { id } }', 'anonymous');
    expect(anon.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
