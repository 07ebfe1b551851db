import { authoredDefinitions } from '@seatpool/kit/testing';
import { createLogger, createRegistry, createSubgraphServer, type BaseContext } from '@seatpool/kit';
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
  identity: { kind, sub: kind === 'admin' ? 's' : '', scopes: [], rid: 'r-1', iat: Date.now(), nonce: 'n', aud: 'stats', bh: '' },
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

  it('fills the series users and pool report into the window stats chose', async () => {
    const res = await run(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Trends { until redeems { start count } mothersLost { count } } } }`,
      'admin',
      { r: [{ __typename: 'Trends', granularity: 'DAY', since: '2026-11-24T00:00:00.000Z', buckets: 3, redeemCounts: [{ bucket: 1, count: 4 }], mothersLostCounts: [] }] },
    );
    expect(res.errors).toBeUndefined();
    expect((res.data as any)._entities).toEqual([{
      until: '2026-11-27T00:00:00.000Z',
      redeems: [
        { start: '2026-11-24T00:00:00.000Z', count: 0 },
        { start: '2026-11-25T00:00:00.000Z', count: 4 },
        { start: '2026-11-26T00:00:00.000Z', count: 0 },
      ],
      mothersLost: [{ count: 0 }, { count: 0 }, { count: 0 }],
    }]);
  });

  it('answers trends with the current window and refuses a bad one', async () => {
    const res = await run('{ trends(days: 7) { granularity buckets since } }');
    expect(res.errors).toBeUndefined();
    const t = (res.data as any).trends;
    expect(t).toMatchObject({ granularity: 'DAY', buckets: 7 });
    expect(new Date(t.since).getTime() % 86_400_000).toBe(0);
    expect((await run('{ trends(days: 3, granularity: HOUR) { buckets } }')).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await run('{ trends(days: 7) { buckets } }', 'anonymous')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('computes the invite acceptance rate of mothers and mother groups from users figures', async () => {
    const res = await run(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Mother { id inviteAcceptanceRate } ... on MotherGroupUsage { motherGroupId inviteAcceptanceRate } } }`,
      'admin',
      { r: [
        { __typename: 'Mother', id: 'm1', invitesDelivered: 4, invitesAccepted: 3 },
        { __typename: 'Mother', id: 'm2', invitesDelivered: 0, invitesAccepted: 0 },
        { __typename: 'MotherGroupUsage', motherGroupId: 'g1', invitesDelivered: 3, invitesAccepted: 1 },
      ] },
    );
    expect(res.errors).toBeUndefined();
    expect((res.data as any)._entities).toEqual([
      { id: 'm1', inviteAcceptanceRate: 0.75 },
      { id: 'm2', inviteAcceptanceRate: null },
      { motherGroupId: 'g1', inviteAcceptanceRate: 0.3333 },
    ]);
  });

  it('keeps the dashboard for admins', async () => {
    expect((await run('{ dashboard { id } }')).data).toEqual({ dashboard: { id: 'global' } });
    const anon = await run('{ dashboard { id } }', 'anonymous');
    expect(anon.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
