import { Mother, MotherGroup, PoolGroup } from '../src/entities';
import { randomUUID } from 'node:crypto';
import { insertMother, testDeps } from './support/orm';
import { startHarness, type Harness } from './support/harness';

const LIST = `query ($filter: MotherFilter, $page: Int, $pageSize: Int) {
  mothers(filter: $filter, page: $page, pageSize: $pageSize) {
    total page pageSize
    items { id name status health seatLimit seatsUsed seatsFree seatsHeld tokenExpiresAt childrenCount
      teams { teamId name isEnabled } motherGroup { id name } poolGroup { id name } }
  }
}`;

describe('mothers list (admin)', () => {
  let h: Harness;
  const deps = testDeps();
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  async function seed(n: number, extra: Partial<Mother> = {}) {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      const { id } = await insertMother(h.pool.orm, deps, { seats: 3 });
      if (Object.keys(extra).length) await h.pool.orm.em.fork().nativeUpdate(Mother, { id }, extra);
      ids.push(id);
    }
    return ids;
  }

  /** SQL statements one GraphQL request runs (every query goes through the connection's execute). */
  async function countQueries(run: () => Promise<unknown>) {
    const conn = h.pool.orm.em.getConnection();
    const spy = jest.spyOn(Object.getPrototypeOf(conn), 'execute');
    try {
      await run();
      return spy.mock.calls.length;
    } finally {
      spy.mockRestore();
    }
  }

  it('lists 10 and 100 mothers with teams, groups and seat counts in the same number of SQL queries', async () => {
    const group = randomUUID();
    const pool = randomUUID();
    const em = h.pool.orm.em.fork();
    await em.insert(MotherGroup, { id: group, name: 'Listed group', createdAt: new Date() });
    await em.insert(PoolGroup, { id: pool, name: 'Listed pool', createdAt: new Date(), updatedAt: new Date() });
    await seed(100, { motherGroupId: group, poolGroupId: pool });
    let ten: any;
    let hundred: any;
    const q10 = await countQueries(async () => (ten = await h.gql('admin', LIST, { pageSize: 10 })));
    const q100 = await countQueries(async () => (hundred = await h.gql('admin', LIST, { pageSize: 100 })));
    expect(ten.errors).toBeUndefined();
    expect(hundred.data.mothers.items).toHaveLength(100);
    expect(hundred.data.mothers.items[0]).toMatchObject({ seatsFree: 3, seatsUsed: 0, childrenCount: 0, motherGroup: { id: group }, poolGroup: { id: pool } });
    expect(hundred.data.mothers.items.every((m: any) => m.teams.length === 1)).toBe(true);
    expect(q100).toBe(q10);
    expect(q10).toBeLessThanOrEqual(8);
  });

  it('filters by status, name, groups, token expiry and health, with a total over the whole filtered set', async () => {
    const tag = randomUUID().slice(0, 6);
    const soon = new Date(Date.now() + 2 * 86_400_000);
    const [a] = await seed(1, { name: `Alpha-${tag}`, nameKey: `alpha-${tag}`, status: 'invalid', health: 'failing' });
    const [b] = await seed(1, { name: `beta-${tag}`, nameKey: `beta-${tag}`, tokenExpiresAt: soon, health: 'healthy' });
    const [c] = await seed(1, { name: `GAMMA-${tag}`, nameKey: `gamma-${tag}`, tokenExpiresAt: new Date(Date.now() + 40 * 86_400_000) });
    const ids = async (filter: Record<string, unknown>) => {
      const res = await h.gql('admin', LIST, { filter: { search: tag, ...filter }, pageSize: 100 });
      expect(res.errors).toBeUndefined();
      return res.data.mothers.items.map((m: any) => m.id).sort();
    };
    expect(await ids({})).toEqual([a, b, c].sort());
    expect(await ids({ search: `alpha-${tag}`.toUpperCase() })).toEqual([a]);
    expect(await ids({ status: 'INVALID' })).toEqual([a]);
    expect(await ids({ tokenExpiringWithinDays: 7 })).toEqual([b]);
    expect(await ids({ health: 'HEALTHY' })).toEqual([b]);
    expect(await ids({ health: 'UNKNOWN' })).toEqual([c]);
    expect(await ids({ inPoolGroup: true })).toEqual([]);
    const page = await h.gql('admin', LIST, { filter: { search: tag }, page: 2, pageSize: 2 });
    expect(page.data.mothers).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page.data.mothers.items).toHaveLength(1);
  });

  it('refuses out-of-range paging and filters with BAD_USER_INPUT', async () => {
    for (const vars of [{ page: 0 }, { pageSize: 201 }, { filter: { tokenExpiringWithinDays: -1 } }]) {
      expect((await h.gql('admin', LIST, vars)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
    // The API's one rule (docs/api/PAGINATION.md): 1..200 everywhere, pool's default stays 20.
    expect((await h.gql('admin', LIST, { pageSize: 200 })).data.mothers).toMatchObject({ page: 1, pageSize: 200 });
    expect((await h.gql('admin', LIST, {})).data.mothers).toMatchObject({ page: 1, pageSize: 20 });
  });

  it('needs pool:read: an API key without it is FORBIDDEN, one with it may list', async () => {
    const denied = await h.gql({ kind: 'apikey', sub: 'k1', scopes: ['pool:write'] }, LIST, {});
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const allowed = await h.gql({ kind: 'apikey', sub: 'k2', scopes: ['pool:read'] }, LIST, { pageSize: 1 });
    expect(allowed.errors).toBeUndefined();
    expect((await h.gql('anonymous', LIST, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
