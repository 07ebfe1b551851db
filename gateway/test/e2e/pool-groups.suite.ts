import { createHash, createHmac, randomBytes } from 'node:crypto';
import { codeOf, sharedAdmin, type Stack, expectData, type AdminClient, STACK_BOOT_MS } from './harness';

const today = () => new Date().toISOString().slice(0, 10).replace(/-/g, '');

describe('pool groups, child accounts and the signed ingest through the gateway', () => {
  let stack: Stack;
  let admin: AdminClient;
  beforeAll(async () => ({ stack, admin } = await sharedAdmin()), STACK_BOOT_MS);

  const ok = (query: string, variables: Record<string, unknown> = {}) => expectData(admin, query, variables);

  it('manages pool groups: settings, name preview, a mother in the group, the sync with auto-invite', async () => {
    const bad = await admin(`mutation($i: CreatePoolGroupInput!) { createPoolGroup(input: $i) { id } }`, { i: { name: 'GW Kids', teamTemplate: '{team_id}' } });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    const { createPoolGroup: g } = await ok(`mutation($i: CreatePoolGroupInput!) { createPoolGroup(input: $i) { id name emailDomain autoInvite } }`, {
      i: { name: 'GW Kids', emailDomain: 'kids.test', childNameTemplate: 'kid-{seq3}' },
    });
    const preview = (await ok(`query($i: PoolGroupNamePreviewInput!) { poolGroupNamePreview(input: $i) { teamNames childNames childEmails } }`, { i: { poolGroupId: g.id, count: 2 } })).poolGroupNamePreview;
    expect(preview).toEqual({
      teamNames: [`GW-Kids-${today()}-001`, `GW-Kids-${today()}-002`],
      childNames: ['kid-001', 'kid-002'],
      childEmails: [`gw-kids-${today()}-001@kids.test`, `gw-kids-${today()}-002@kids.test`],
    });
    await ok(`mutation($i: UpdatePoolGroupInput!) { updatePoolGroup(input: $i) { autoInvite } }`, { i: { id: g.id, autoInvite: true } });
    const account = await stack.sandboxAccount(2);
    const { createMother: m } = await ok(`mutation($i: CreateMotherInput!) { createMother(input: $i) { id poolGroup { name } } }`, {
      i: { name: 'GW-Pool-Mother', accessToken: account.accessToken, seatLimit: 2, poolGroupId: g.id },
    });
    expect(m.poolGroup).toEqual({ name: 'GW Kids' });
    const sync = (await ok(`mutation($i: SyncPoolGroupInput!) { syncPoolGroup(input: $i) { mothers { motherId renamed invited errors } } }`, { i: { poolGroupId: g.id } })).syncPoolGroup;
    expect(sync.mothers).toEqual([{ motherId: m.id, renamed: 1, invited: 2, errors: [] }]);
    const groups = (await ok(`{ poolGroups { total items { name mothersCount autoInvite } } }`)).poolGroups;
    expect(groups.items).toContainEqual({ name: 'GW Kids', mothersCount: 1, autoInvite: true });
    const kids = (await ok(`query($f: ChildAccountFilter) { childAccounts(filter: $f) { total items { email name status origin } } }`, { f: { motherId: m.id } })).childAccounts;
    expect(kids.total).toBe(2);
    expect(kids.items.map((c: any) => c.name).sort()).toEqual(['kid-001', 'kid-002']);
    expect(codeOf(await admin(`mutation($i: DeletePoolGroupInput!) { deletePoolGroup(input: $i) }`, { i: { id: g.id } }))).toBe('CONFLICT');
    const one = (await ok(`query($id: ID!) { poolGroup(id: $id) { name isActive mothersCount childNameTemplate } }`, { id: g.id })).poolGroup;
    expect(one).toEqual({ name: 'GW Kids', isActive: true, mothersCount: 1, childNameTemplate: 'kid-{seq3}' });
    const forced = (await ok(`mutation($i: DeleteMotherInput!) { deleteMother(input: $i) { releasedSeats } }`, { i: { id: m.id, force: true } })).deleteMother;
    expect(forced.releasedSeats).toBe(2);
    expect((await stack.sandboxState(account.accountIds[0])).invites).toEqual([]);
    expect((await ok(`mutation($i: DeletePoolGroupInput!) { deletePoolGroup(input: $i) }`, { i: { id: g.id } })).deletePoolGroup).toBe(g.id);
  });

  it('manages child accounts of a plain mother: sync finds strangers, create and remove go upstream', async () => {
    const account = await stack.sandboxAccount(3);
    const { createMother: m } = await ok(`mutation($i: CreateMotherInput!) { createMother(input: $i) { id } }`, { i: { name: 'GW-Children', accessToken: account.accessToken, seatLimit: 3 } });
    await fetch(`${stack.sandbox.url}/_sandbox/accounts/${account.accountIds[0]}/members`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'stranger@example.com' }),
    });
    const report = (await ok(`mutation($i: SyncChildAccountsInput!) { syncChildAccounts(input: $i) { discovered occupants error } }`, { i: { motherId: m.id } })).syncChildAccounts;
    expect(report).toEqual({ discovered: 1, occupants: 1, error: null });
    const created = (await ok(`mutation($i: CreateChildAccountInput!) { createChildAccount(input: $i) { id email status origin } }`, { i: { motherId: m.id, email: 'kid@example.com' } })).createChildAccount;
    expect(created).toMatchObject({ email: 'kid@example.com', status: 'INVITED', origin: 'CREATED' });
    const mother = (await ok(`query($id: ID!) { mother(id: $id) { seatsUsed seatsFree unrecordedMembers childrenCount children { email origin } } }`, { id: m.id })).mother;
    expect(mother).toMatchObject({ seatsUsed: 2, seatsFree: 1, unrecordedMembers: 1, childrenCount: 2 });
    expect((await ok(`mutation($i: RemoveChildAccountInput!) { removeChildAccount(input: $i) }`, { i: { id: created.id } })).removeChildAccount).toBe(created.id);
    expect((await stack.sandboxState(account.accountIds[0])).invites).toEqual([]);
  });

  it('manages mother groups', async () => {
    const { createMotherGroup: mg } = await ok(`mutation($i: CreateMotherGroupInput!) { createMotherGroup(input: $i) { id name teamNameTemplate } }`, { i: { name: 'GW VIP', teamNameTemplate: 'VIP-{date}' } });
    const account = await stack.sandboxAccount(1);
    const { createMother: m } = await ok(`mutation($i: CreateMotherInput!) { createMother(input: $i) { id motherGroup { name } } }`, { i: { name: 'GW-VIP-Mother', accessToken: account.accessToken, motherGroupId: mg.id } });
    expect(m.motherGroup).toEqual({ name: 'GW VIP' });
    const applied = (await ok(`mutation($i: ApplyTeamNameTemplateInput!) { applyTeamNameTemplate(input: $i) { renamed mother { teams { name } } } }`, { i: { motherId: m.id } })).applyTeamNameTemplate;
    expect(applied).toEqual({ renamed: 1, mother: { teams: [{ name: `VIP-${today()}` }] } });
    expect((await ok(`{ motherGroups { items { name } } }`)).motherGroups.items).toContainEqual({ name: 'GW VIP' });
    expect(codeOf(await admin(`mutation($i: DeleteMotherGroupInput!) { deleteMotherGroup(input: $i) }`, { i: { id: mg.id } }))).toBe('CONFLICT');
    await ok(`mutation($i: UpdateMotherInput!) { updateMother(input: $i) { id } }`, { i: { id: m.id, motherGroupId: null } });
    const upd = await ok(`mutation($i: UpdateMotherGroupInput!) { updateMotherGroup(input: $i) { name description teamNameTemplate } }`, { i: { id: mg.id, description: 'top', teamNameTemplate: null } });
    expect(upd.updateMotherGroup).toEqual({ name: 'GW VIP', description: 'top', teamNameTemplate: null });
    expect(codeOf(await admin(`mutation($i: CreateMotherGroupInput!) { createMotherGroup(input: $i) { id } }`, { i: { name: 'GW VIP' } }))).toBe('CONFLICT');
    expect((await ok(`mutation($i: DeleteMotherGroupInput!) { deleteMotherGroup(input: $i) }`, { i: { id: mg.id } })).deleteMotherGroup).toBe(mg.id);
  });

  it('accepts a signed ingest from the capture tool without a session, once', async () => {
    const key = (await ok(`mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { signingSecret apiKey { id } } }`, { i: { name: 'capture', scopes: ['ingest'] } })).createApiKey;
    const account = await stack.sandboxAccount(2);
    const payload = JSON.stringify({ user: { email: 'captured@example.com' }, accessToken: account.accessToken, account: { id: account.accountIds[0] } });
    const timestamp = Math.floor(Date.now() / 1000);
    const nonce = randomBytes(16).toString('hex');
    const digest = createHash('sha256').update(payload).digest('hex');
    const signature = createHmac('sha256', key.signingSecret).update(['v1', key.apiKey.id, timestamp, nonce, digest].join('\n')).digest('hex');
    const input = { keyId: key.apiKey.id, timestamp, nonce, payload, signature };
    const INGEST = `mutation($i: IngestMotherInput!) { ingestMother(input: $i) { motherId created } }`;
    const res = await stack.gql(INGEST, { i: input });
    expect(res.errors).toBeUndefined();
    expect(res.data.ingestMother.created).toBe(true);
    expect(codeOf(await stack.gql(INGEST, { i: input }))).toBe('UNAUTHENTICATED');
    const m = (await ok(`query($id: ID!) { mother(id: $id) { name teams { teamId } } }`, { id: res.data.ingestMother.motherId })).mother;
    expect(m).toEqual({ name: 'captured@example.com', teams: [{ teamId: account.accountIds[0] }] });
  });
});
