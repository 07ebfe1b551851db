import { OutboxEvent } from '../src/entities';
import { CREATE_MOTHER, PLACE_EMAIL, seedMother, usePoolPerTest, type Harness } from './support/harness';

const M = `id name notes status statusReason statusChangedAt seatLimit seatsFree seatsUsed seatsHeld tokenExpiresAt
  teams { teamId name isEnabled isDefault lostAt } seats { slotIndex status email }`;
const UPDATE = `mutation ($input: UpdateMotherInput!) { updateMother(input: $input) { ${M} } }`;
const ENABLE = `mutation ($id: ID!) { enableMother(input: { id: $id }) { ${M} } }`;
const DISABLE = `mutation ($id: ID!) { disableMother(input: { id: $id }) { ${M} } }`;
const REPLACE = `mutation ($input: ReplaceMotherTokenInput!) { replaceMotherToken(input: $input) { ${M} } }`;
const REFRESH = `mutation ($id: ID!) { refreshMotherTeams(input: { id: $id }) { ${M} } }`;
const DELETE = `mutation ($id: ID!, $force: Boolean) { deleteMother(input: { id: $id, force: $force }) { id releasedSeats } }`;
const TEAM = `mutation ($input: UpdateTeamInput!) { updateTeam(input: $input) { renamedUpstream mother { ${M} } } }`;
const GET = `query ($id: ID!) { mother(id: $id) { ${M} } }`;

describe('mother lifecycle (admin)', () => {
  let h: Harness;
  usePoolPerTest((_sandbox, harness) => {
    h = harness;
  });

  const place = (key: string, email: string) => h.gql('service', PLACE_EMAIL, { input: { idempotencyKey: key, email } });
  const events = (motherId: string) => h.pool.orm.em.fork().find(OutboxEvent, { motherId }, { orderBy: { id: 'asc' } });

  it('updates name, notes and groups, and refuses a name another mother has (any case)', async () => {
    const a = await seedMother(h, 2, 'Upd-A');
    await seedMother(h, 2, 'Upd-B');
    const ok = await h.gql('admin', UPDATE, { input: { id: a.id, name: ' Upd-A2 ', notes: ' hello ' } });
    expect(ok.data.updateMother).toMatchObject({ name: 'Upd-A2', notes: 'hello' });
    const cleared = await h.gql('admin', UPDATE, { input: { id: a.id, notes: null } });
    expect(cleared.data.updateMother.notes).toBeNull();
    const taken = await h.gql('admin', UPDATE, { input: { id: a.id, name: 'upd-b' } });
    expect(taken.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT' });
    const unknown = await h.gql('admin', UPDATE, { input: { id: '00000000-0000-4000-8000-000000000000', notes: 'x' } });
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const badGroup = await h.gql('admin', UPDATE, { input: { id: a.id, poolGroupId: 'nope' } });
    expect(badGroup.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('grows and shrinks the seat ledger with seatLimit, never below the seats in use', async () => {
    const m = await seedMother(h, 3, 'Resize');
    expect((await place('resize-1', 'r1@example.com')).data.placeEmail.status).toBe('PLACED');
    const grown = (await h.gql('admin', UPDATE, { input: { id: m.id, seatLimit: 5 } })).data.updateMother;
    expect(grown).toMatchObject({ seatLimit: 5, seatsFree: 4, seatsUsed: 1 });
    expect(grown.seats.map((s: any) => s.slotIndex)).toEqual([0, 1, 2, 3, 4]);
    const shrunk = (await h.gql('admin', UPDATE, { input: { id: m.id, seatLimit: 1 } })).data.updateMother;
    expect(shrunk).toMatchObject({ seatLimit: 1, seatsFree: 0, seatsUsed: 1 });
    expect(shrunk.seats).toEqual([{ slotIndex: 0, status: 'USED', email: 'r1@example.com' }]);
    const below = await h.gql('admin', UPDATE, { input: { id: m.id, seatLimit: 0 } });
    expect(below.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    await h.gql('admin', UPDATE, { input: { id: m.id, seatLimit: 2 } });
    await place('resize-2', 'r2@example.com');
    const tooLow = await h.gql('admin', UPDATE, { input: { id: m.id, seatLimit: 1 } });
    expect(tooLow.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', detail: 'seatLimit cannot go below the 2 seat(s) in use.' });
  });

  it('disable stops placements and records who and when; enable re-checks the token', async () => {
    const m = await seedMother(h, 2, 'Toggle');
    const disabled = (await h.gql('admin', DISABLE, { id: m.id })).data.disableMother;
    expect(disabled).toMatchObject({ status: 'DISABLED', statusReason: 'disabled_by_operator' });
    expect(new Date(disabled.statusChangedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect((await place('toggle-1', 't1@example.com')).data.placeEmail.motherId).not.toBe(m.id);
    const enabled = (await h.gql('admin', ENABLE, { id: m.id })).data.enableMother;
    expect(enabled).toMatchObject({ status: 'ACTIVE', statusReason: 'enabled_by_operator' });
    const changes = (await events(m.id)).filter((e) => e.type === 'mother.status_changed').map((e) => [e.payload.from, e.payload.to]);
    expect(changes).toEqual([['active', 'disabled'], ['disabled', 'active']]);
    await h.control('POST', '/_sandbox/tokens/revoke', { accessToken: m.accessToken });
    await h.gql('admin', DISABLE, { id: m.id });
    const refused = await h.gql('admin', ENABLE, { id: m.id });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', detail: 'The upstream rejected accessToken (invalid, expired or revoked).' });
  });

  it('status events of a grouped mother carry its mother group and pool group (notify filters by them)', async () => {
    const mg = (await h.gql('admin', 'mutation { createMotherGroup(input: { name: "Evt MG" }) { id } }')).data.createMotherGroup.id;
    const pg = (await h.gql('admin', 'mutation { createPoolGroup(input: { name: "Evt PG" }) { id } }')).data.createPoolGroup.id;
    const m = await seedMother(h, 1, 'Grouped');
    expect((await h.gql('admin', UPDATE, { input: { id: m.id, motherGroupId: mg, poolGroupId: pg } })).errors).toBeUndefined();
    await h.gql('admin', DISABLE, { id: m.id });
    const ungrouped = await seedMother(h, 1, 'Ungrouped');
    await h.gql('admin', DISABLE, { id: ungrouped.id });
    const [grouped] = (await events(m.id)).filter((e) => e.type === 'mother.status_changed');
    expect(grouped.payload).toMatchObject({ motherId: m.id, motherGroupId: mg, poolGroupId: pg, to: 'disabled' });
    const [plain] = (await events(ungrouped.id)).filter((e) => e.type === 'mother.status_changed');
    expect(plain.payload).toMatchObject({ motherGroupId: null, poolGroupId: null });
  });

  it('replacing the token of an INVALID mother re-encrypts it and makes it ACTIVE again', async () => {
    const created = await h.account(2);
    const res = await h.gql('admin', CREATE_MOTHER, { input: { name: 'Replace', accessToken: created.accessToken } });
    const id = res.data.createMother.id;
    await h.control('POST', '/_sandbox/tokens/revoke', { accessToken: created.accessToken });
    const probe = await h.gql('admin', REFRESH, { id });
    expect(probe.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    await place('replace-0', 'someone@example.com'); // the 401 turns it INVALID on the way
    expect((await h.gql('admin', GET, { id })).data.mother.status).toBe('INVALID');
    const fresh = await h.control<{ accessToken: string }>('POST', `/_sandbox/accounts/${created.accountIds[0]}/tokens`);
    const replaced = await h.gql('admin', REPLACE, { input: { id, accessToken: fresh.accessToken } });
    expect(replaced.errors).toBeUndefined();
    expect(replaced.data.replaceMotherToken).toMatchObject({ status: 'ACTIVE', statusReason: 'recovered' });
    const other = await h.account(1);
    const wrong = await h.gql('admin', REPLACE, { input: { id, accessToken: other.accessToken } });
    expect(wrong.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refreshes teams: a deactivated workspace is lost (team.lost), a reactivated one comes back', async () => {
    const acct = await h.account(2, 2);
    const id = (await h.gql('admin', CREATE_MOTHER, { input: { name: 'Teams2', accessToken: acct.accessToken } })).data.createMother.id;
    await h.control('POST', `/_sandbox/accounts/${acct.accountIds[1]}/deactivate`);
    const lost = (await h.gql('admin', REFRESH, { id })).data.refreshMotherTeams;
    const second = lost.teams.find((t: any) => t.teamId === acct.accountIds[1]);
    expect(second).toMatchObject({ isEnabled: false, lostAt: expect.any(String) });
    expect(lost.status).toBe('ACTIVE');
    expect((await events(id)).filter((e) => e.type === 'team.lost').map((e) => e.teamId)).toEqual([acct.accountIds[1]]);
    await h.control('POST', `/_sandbox/accounts/${acct.accountIds[1]}/reactivate`);
    const back = (await h.gql('admin', REFRESH, { id })).data.refreshMotherTeams;
    expect(back.teams.find((t: any) => t.teamId === acct.accountIds[1])).toMatchObject({ isEnabled: true, lostAt: null });
  });

  it('updates a team: default, disable and a rename that reaches the upstream', async () => {
    const acct = await h.account(2, 2);
    const id = (await h.gql('admin', CREATE_MOTHER, { input: { name: 'TeamOps', accessToken: acct.accessToken } })).data.createMother.id;
    const [t1, t2] = acct.accountIds;
    const res = await h.gql('admin', TEAM, { input: { motherId: id, teamId: t2, isDefault: true, name: 'Renamed Two' } });
    expect(res.errors).toBeUndefined();
    expect(res.data.updateTeam.renamedUpstream).toBe(true);
    const teams = res.data.updateTeam.mother.teams;
    expect(teams.find((t: any) => t.teamId === t2)).toMatchObject({ isDefault: true, name: 'Renamed Two' });
    expect(teams.find((t: any) => t.teamId === t1).isDefault).toBe(false);
    expect((await h.control('GET', `/_sandbox/accounts/${t2}`)).name).toBe('Renamed Two');
    const off = await h.gql('admin', TEAM, { input: { motherId: id, teamId: t1, isEnabled: false } });
    expect(off.data.updateTeam.mother.teams.find((t: any) => t.teamId === t1).isEnabled).toBe(false);
    expect((await h.gql('admin', TEAM, { input: { motherId: id, teamId: 'nope', isEnabled: true } })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await h.gql('admin', TEAM, { input: { motherId: id, teamId: t1, isDefault: false } })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('delete is refused while seats are used; force releases them upstream first', async () => {
    const m = await seedMother(h, 2, 'Doomed');
    const p = await place('doomed-1', 'gone@example.com');
    expect(p.data.placeEmail.motherId).toBe(m.id);
    const refused = await h.gql('admin', DELETE, { id: m.id });
    expect(refused.errors?.[0].extensions?.code).toBe('CONFLICT');
    const done = await h.gql('admin', DELETE, { id: m.id, force: true });
    expect(done.data.deleteMother).toEqual({ id: m.id, releasedSeats: 1 });
    expect((await h.control('GET', `/_sandbox/accounts/${m.teamId}`)).invites).toEqual([]);
    expect((await h.gql('admin', GET, { id: m.id })).data.mother).toBeNull();
    const types = (await events(m.id)).map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['placement.released', 'team.lost', 'mother.status_changed']));
    const released = (await events(m.id)).find((e) => e.type === 'placement.released')!;
    expect(released.payload).toMatchObject({ reason: 'remove', source: 'operator', upstreamReleased: true });
  });
});
