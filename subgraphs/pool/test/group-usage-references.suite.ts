import { figureCacheSettings } from '@seatpool/kit';
import { startHarness, type Harness } from './support/harness';

/** SQL statements the pool's ORM sends while `run` runs (knex's query event: every statement). */
async function countQueries(h: Harness, run: () => Promise<unknown>): Promise<number> {
  const knex = (h.pool.orm.em.getConnection() as any).getKnex();
  let n = 0;
  const onQuery = () => void n++;
  knex.on('query', onQuery);
  try {
    await run();
  } finally {
    knex.removeListener('query', onQuery);
  }
  return n;
}

describe('MotherGroupUsage references', () => {
  let h: Harness;
  const ttl = figureCacheSettings.ttlMs;
  beforeAll(async () => {
    // Without the figure cache every computation shows in the SQL count.
    figureCacheSettings.ttlMs = 0;
    h = await startHarness();
  });
  afterAll(async () => {
    figureCacheSettings.ttlMs = ttl;
    await h.close();
  });

  it('resolves many references of one request from one computation of the groups', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await h.gql('admin', 'mutation($i: CreateMotherGroupInput!) { createMotherGroup(input: $i) { id } }', { i: { name: `Usage group ${i}` } });
      ids.push(res.data.createMotherGroup.id);
    }
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on MotherGroupUsage { motherGroupId name mothers } } }`;
    const refs = (n: number) => ({ r: ids.slice(0, n).map((motherGroupId) => ({ __typename: 'MotherGroupUsage', motherGroupId })) });
    let one: any;
    let six: any;
    const forOne = await countQueries(h, async () => (one = await h.gql('admin', query, refs(1))));
    const forSix = await countQueries(h, async () => (six = await h.gql('admin', query, refs(6))));
    expect(one.data._entities).toEqual([{ motherGroupId: ids[0], name: 'Usage group 0', mothers: 0 }]);
    expect(six.data._entities.map((e: any) => e.motherGroupId)).toEqual(ids);
    expect(forSix).toBe(forOne);
  });
});
