import { PLACE_EMAIL, seedMother, usePoolPerTest, type Harness } from './support/harness';

const SYNC = `mutation ($id: ID!) { syncChildAccounts(input: { motherId: $id }) { motherId occupants accepted released discovered missing overflow teamsLost error } }`;
const MOTHER = `query ($id: ID!) { mother(id: $id) { seatsUsed seatsFree upstreamOccupants unrecordedMembers lastSyncAt childrenCount
  children { email status origin memberId } seats { status email origin } } }`;
const CREATE = `mutation ($input: CreateChildAccountInput!) { createChildAccount(input: $input) { id motherId teamId email name status origin } }`;
const REMOVE = `mutation ($id: ID!) { removeChildAccount(input: { id: $id }) }`;
const LIST = `query ($filter: ChildAccountFilter) { childAccounts(filter: $filter) { total items { email status origin } } }`;

describe('child accounts and the member/invite sync', () => {
  let h: Harness;
  usePoolPerTest((_sandbox, harness) => {
    h = harness;
  });

  const sync = async (id: string) => (await h.gql('admin', SYNC, { id })).data.syncChildAccounts;
  const mother = async (id: string) => (await h.gql('admin', MOTHER, { id })).data.mother;

  it('records an unknown upstream member as a DISCOVERED child on a seat, and frees it when they leave', async () => {
    const m = await seedMother(h, 3);
    await h.control('POST', `/_sandbox/accounts/${m.teamId}/members`, { email: 'stranger@example.com' });
    expect(await sync(m.id)).toMatchObject({ occupants: 1, discovered: 1, overflow: 0, error: null });
    expect(await mother(m.id)).toMatchObject({
      seatsUsed: 1, seatsFree: 2, upstreamOccupants: 1, unrecordedMembers: 1, childrenCount: 1,
      children: [{ email: 'stranger@example.com', status: 'ACTIVE', origin: 'DISCOVERED', memberId: expect.any(String) }],
    });
    expect(await sync(m.id)).toMatchObject({ discovered: 0, missing: 0 }); // a second sync changes nothing
    await h.control('POST', `/_sandbox/accounts/${m.teamId}/leave`, { email: 'stranger@example.com' });
    expect(await sync(m.id)).toMatchObject({ missing: 1 });
    expect(await mother(m.id)).toMatchObject({ seatsUsed: 0, seatsFree: 3, unrecordedMembers: 0, children: [{ status: 'MISSING' }] });
  });

  it('frees a seat and marks its child MISSING together or not at all', async () => {
    const m = await seedMother(h, 3);
    await h.control('POST', `/_sandbox/accounts/${m.teamId}/members`, { email: 'atomic@example.com' });
    expect(await sync(m.id)).toMatchObject({ discovered: 1 });
    await h.control('POST', `/_sandbox/accounts/${m.teamId}/leave`, { email: 'atomic@example.com' });
    // The child's update fails (as a dropped connection would) after the seat was freed in the same round.
    const conn = h.pool.orm.em.getConnection();
    const sqlite = !process.env.POOL_DATABASE_URL;
    await conn.execute(sqlite
      ? "create trigger child_missing_fails before update on child_account when new.status = 'missing' begin select raise(abort, 'child write failed'); end"
      : `create or replace function child_missing_fails() returns trigger as $$ begin raise exception 'child write failed'; end $$ language plpgsql;
         create trigger child_missing_fails before update on child_account for each row when (new.status = 'missing') execute function child_missing_fails()`);
    expect((await h.gql('admin', SYNC, { id: m.id })).errors?.[0]?.extensions?.code).toBe('INTERNAL');
    expect(await mother(m.id)).toMatchObject({ seatsUsed: 1, children: [{ status: 'ACTIVE' }] });
    await conn.execute(sqlite ? 'drop trigger child_missing_fails' : 'drop trigger child_missing_fails on child_account');
    expect(await sync(m.id)).toMatchObject({ missing: 1 });
    expect(await mother(m.id)).toMatchObject({ seatsUsed: 0, children: [{ status: 'MISSING' }] });
  });

  it('never shows more free seats than the upstream has: occupants beyond the ledger count as overflow', async () => {
    const m = await seedMother(h, 2);
    for (const email of ['o1@example.com', 'o2@example.com', 'o3@example.com']) {
      await h.control('POST', `/_sandbox/accounts/${m.teamId}/members`, { email, force: true });
    }
    expect(await sync(m.id)).toMatchObject({ occupants: 3, discovered: 3, overflow: 1 });
    expect(await mother(m.id)).toMatchObject({ seatsFree: 0, seatsUsed: 2, unrecordedMembers: 3 });
    const placed = await h.gql('service', PLACE_EMAIL, { input: { idempotencyKey: 'full-1', email: 'new@example.com' } });
    expect(placed.data.placeEmail).toMatchObject({ status: 'FAILED', errorCode: 'NO_CAPACITY' });
  });

  it('creates a child with an explicit email (INVITED, on a CHILD seat) and removes it upstream and locally', async () => {
    const m = await seedMother(h, 2);
    const created = await h.gql('admin', CREATE, { input: { motherId: m.id, email: 'Kid@Example.com', name: 'Kid' } });
    expect(created.errors).toBeUndefined();
    const child = created.data.createChildAccount;
    expect(child).toMatchObject({ motherId: m.id, teamId: m.teamId, email: 'kid@example.com', name: 'Kid', status: 'INVITED', origin: 'CREATED' });
    expect((await mother(m.id)).seats).toContainEqual({ status: 'USED', email: 'kid@example.com', origin: 'CHILD' });
    expect((await h.control('GET', `/_sandbox/accounts/${m.teamId}`)).invites.map((i: any) => i.email_address)).toEqual(['kid@example.com']);
    const dup = await h.gql('admin', CREATE, { input: { motherId: m.id, email: 'kid@example.com' } });
    expect(dup.errors?.[0].extensions?.code).toBe('CONFLICT');
    const noEmail = await h.gql('admin', CREATE, { input: { motherId: m.id } });
    expect(noEmail.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    await h.control('POST', '/_sandbox/faults', { accountId: m.teamId, status: 503 });
    expect((await h.gql('admin', REMOVE, { id: child.id })).errors?.[0].extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    await h.control('DELETE', '/_sandbox/faults');
    expect((await mother(m.id)).childrenCount).toBe(1);
    expect((await h.gql('admin', REMOVE, { id: child.id })).data.removeChildAccount).toBe(child.id);
    expect((await h.control('GET', `/_sandbox/accounts/${m.teamId}`)).invites).toEqual([]);
    expect(await mother(m.id)).toMatchObject({ childrenCount: 0, seatsFree: 2 });
  });

  it('a child that accepts becomes ACTIVE at the next sync; the list filters by mother, status and text', async () => {
    const m = await seedMother(h, 3);
    await h.gql('admin', CREATE, { input: { motherId: m.id, email: 'acc@example.com' } });
    await h.gql('admin', CREATE, { input: { motherId: m.id, email: 'pending@example.com' } });
    await h.control('POST', `/_sandbox/accounts/${m.teamId}/accept`, { email: 'acc@example.com' });
    expect(await sync(m.id)).toMatchObject({ discovered: 0, missing: 0 });
    const active = await h.gql('admin', LIST, { filter: { motherId: m.id, status: 'ACTIVE' } });
    expect(active.data.childAccounts).toEqual({ total: 1, items: [{ email: 'acc@example.com', status: 'ACTIVE', origin: 'CREATED' }] });
    const search = await h.gql('admin', LIST, { filter: { motherId: m.id, search: 'PEND' } });
    expect(search.data.childAccounts.items.map((c: any) => c.email)).toEqual(['pending@example.com']);
    expect((await h.gql('anonymous', LIST, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('a sync of a mother whose token was revoked marks it INVALID and changes nothing else', async () => {
    const m = await seedMother(h, 2);
    await h.control('POST', `/_sandbox/accounts/${m.teamId}/members`, { email: 'x@example.com' });
    await h.control('POST', '/_sandbox/tokens/revoke', { accessToken: m.accessToken });
    expect(await sync(m.id)).toMatchObject({ error: 'token_invalid', discovered: 0 });
    expect((await h.gql('admin', `query ($id: ID!) { mother(id: $id) { status childrenCount } }`, { id: m.id })).data.mother).toEqual({ status: 'INVALID', childrenCount: 0 });
  });
});
