import { Mother } from '../src/entities';
import { seedMother, usePoolPerTest, type Harness } from './support/harness';

const notify = { kind: 'service' as const, sub: 'notify', scopes: [] };
const CAPACITY = 'query { seatCapacity { kind id name free total } }';
const EXPIRING = 'query ($d: Int!) { expiringTokens(withinDays: $d) { motherId motherName motherGroupId poolGroupId expiresAt } }';

describe("notify's internal queries (seatCapacity, expiringTokens)", () => {
  let h: Harness;
  usePoolPerTest((_sandbox, harness) => {
    h = harness;
  });

  it('count free and total seats of active mothers per group and in all; only the notify service may ask', async () => {
    const group = (await h.gql('admin', 'mutation { createMotherGroup(input: { name: "Retail" }) { id } }')).data.createMotherGroup.id as string;
    const a = await seedMother(h, 3, 'A');
    await seedMother(h, 2, 'B');
    await h.gql('admin', 'mutation ($i: UpdateMotherInput!) { updateMother(input: $i) { id } }', { i: { id: a.id, motherGroupId: group } });
    const res = await h.gql(notify, CAPACITY);
    expect(res.errors).toBeUndefined();
    expect(res.data.seatCapacity).toEqual([
      { kind: 'ALL', id: null, name: null, free: 5, total: 5 },
      { kind: 'MOTHER_GROUP', id: group, name: 'Retail', free: 3, total: 3 },
    ]);
    await h.gql('admin', 'mutation ($id: ID!) { disableMother(input: { id: $id }) { id } }', { id: a.id });
    expect((await h.gql(notify, CAPACITY)).data.seatCapacity[1]).toEqual({ kind: 'MOTHER_GROUP', id: group, name: 'Retail', free: 0, total: 0 });
    expect((await h.gql('service', CAPACITY)).errors?.[0].extensions?.code).toBe('FORBIDDEN'); // users
    expect((await h.gql('admin', CAPACITY)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('list active mothers whose token expires within the days asked, soonest first', async () => {
    const a = await seedMother(h, 1, 'Soon');
    const b = await seedMother(h, 1, 'Later');
    const em = h.pool.orm.em.fork();
    const now = Date.now();
    await em.nativeUpdate(Mother, { id: a.id }, { tokenExpiresAt: new Date(now + 2 * 86_400_000) });
    await em.nativeUpdate(Mother, { id: b.id }, { tokenExpiresAt: new Date(now + 20 * 86_400_000) });
    const within = async (d: number) => ((await h.gql(notify, EXPIRING, { d })).data?.expiringTokens ?? []).map((t: { motherName: string }) => t.motherName);
    expect(await within(3)).toEqual(['Soon']);
    expect(await within(30)).toEqual(['Soon', 'Later']);
    expect((await h.gql(notify, EXPIRING, { d: 0 })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await h.gql(notify, 'query { poolEvents(limit: 1) { cursor } }')).errors).toBeUndefined();
  });
});
