import { codeOf, graphqlClient, sharedAdmin, type Stack, expectData, type AdminClient, STACK_BOOT_MS } from './harness';

const M = 'id name status statusReason seatLimit seatsFree seatsUsed notes health childrenCount teams { teamId name isEnabled isDefault } motherGroup { name } poolGroup { name }';
const CREATE = `mutation($i: CreateMotherInput!) { createMother(input: $i) { ${M} } }`;
const LIST = `query($f: MotherFilter, $p: Int, $s: Int) { mothers(filter: $f, page: $p, pageSize: $s) { total page pageSize items { ${M} } } }`;
const IMPORT = `mutation($i: ImportMothersInput!) { importMothers(input: $i) { dryRun total valid created updated failed lines { line status errorCode detail motherId } } }`;

describe('pool administration through the gateway', () => {
  let stack: Stack;
  let admin: AdminClient;
  beforeAll(async () => ({ stack, admin } = await sharedAdmin()), STACK_BOOT_MS);

  const ok = (query: string, variables: Record<string, unknown> = {}) => expectData(admin, query, variables);

  it('creates, lists, updates, disables, enables and deletes mothers; typed errors for bad input', async () => {
    const account = await stack.sandboxAccount(4, 2);
    const { createMother: m } = await ok(CREATE, { i: { name: 'GW-Mother', accessToken: account.accessToken, seatLimit: 4, notes: 'n' } });
    expect(m).toMatchObject({ status: 'ACTIVE', seatLimit: 4, seatsFree: 4, health: 'UNKNOWN', childrenCount: 0 });
    expect(m.teams).toHaveLength(2);
    expect(codeOf(await admin(CREATE, { i: { name: 'gw-mother', accessToken: account.accessToken } }))).toBe('CONFLICT');
    expect(codeOf(await admin(CREATE, { i: { name: 'X', accessToken: 'aaa.bbb.ccc' } }))).toBe('BAD_USER_INPUT');

    const listed = (await ok(LIST, { f: { search: 'gw-MOTHER' } })).mothers;
    expect(listed).toMatchObject({ total: 1, page: 1, pageSize: 20, items: [{ id: m.id }] });

    const upd = await ok(`mutation($i: UpdateMotherInput!) { updateMother(input: $i) { ${M} } }`, { i: { id: m.id, seatLimit: 6, notes: null } });
    expect(upd.updateMother).toMatchObject({ seatLimit: 6, seatsFree: 6, notes: null });
    const team = await ok(`mutation($i: UpdateTeamInput!) { updateTeam(input: $i) { renamedUpstream mother { teams { teamId name isDefault } } } }`, {
      i: { motherId: m.id, teamId: account.accountIds[1], isDefault: true, name: 'Second team' },
    });
    expect(team.updateTeam.renamedUpstream).toBe(true);
    expect(team.updateTeam.mother.teams.find((t: any) => t.teamId === account.accountIds[1])).toMatchObject({ isDefault: true, name: 'Second team' });

    const off = await ok(`mutation($i: DisableMotherInput!) { disableMother(input: $i) { status statusReason } }`, { i: { id: m.id } });
    expect(off.disableMother).toEqual({ status: 'DISABLED', statusReason: 'disabled_by_operator' });
    expect((await ok(LIST, { f: { status: 'DISABLED', search: 'gw-mother' } })).mothers.total).toBe(1);
    const on = await ok(`mutation($i: EnableMotherInput!) { enableMother(input: $i) { status } }`, { i: { id: m.id } });
    expect(on.enableMother.status).toBe('ACTIVE');
    const refreshed = await ok(`mutation($i: RefreshMotherTeamsInput!) { refreshMotherTeams(input: $i) { teams { teamId } } }`, { i: { id: m.id } });
    expect(refreshed.refreshMotherTeams.teams).toHaveLength(2);
    const fresh = (await (await fetch(`${stack.sandbox.url}/_sandbox/accounts/${account.accountIds[0]}/tokens`, { method: 'POST' })).json()) as { accessToken: string };
    const replaced = await ok(`mutation($i: ReplaceMotherTokenInput!) { replaceMotherToken(input: $i) { status tokenExpiresAt } }`, { i: { id: m.id, accessToken: fresh.accessToken } });
    expect(replaced.replaceMotherToken.status).toBe('ACTIVE');

    expect((await ok(`mutation($i: DeleteMotherInput!) { deleteMother(input: $i) { id releasedSeats } }`, { i: { id: m.id } })).deleteMother).toEqual({ id: m.id, releasedSeats: 0 });
    expect((await ok(`query($id: ID!) { mother(id: $id) { id } }`, { id: m.id })).mother).toBeNull();
    expect(JSON.stringify(stack.logs)).not.toContain(account.accessToken);
  });

  it('imports mothers with a dry run first, then idempotently', async () => {
    const a = await stack.sandboxAccount(2);
    const b = await stack.sandboxAccount(2);
    const content = `GW-Imp-A---${a.accessToken}\nGW-Imp-B ${b.accessToken}\nbroken line with spaces ---`;
    const dry = (await ok(IMPORT, { i: { content, dryRun: true } })).importMothers;
    expect(dry).toMatchObject({ dryRun: true, total: 3, valid: 2, failed: 1 });
    expect(dry.lines[2]).toMatchObject({ line: 3, status: 'FAILED', errorCode: 'BAD_USER_INPUT' });
    const real = (await ok(IMPORT, { i: { content, dryRun: false } })).importMothers;
    expect(real).toMatchObject({ created: 2, updated: 0, failed: 1 });
    const again = (await ok(IMPORT, { i: { content: `GW-Imp-A---${a.accessToken}`, format: 'TEXT' } })).importMothers;
    expect(again).toMatchObject({ created: 0, updated: 1 });
    expect(again.lines[0].motherId).toBe(real.lines[0].motherId);
    expect((await ok(LIST, { f: { search: 'gw-imp' } })).mothers.total).toBe(2);
  });

  it('issues scoped API keys the gateway accepts, and revokes them at once', async () => {
    const created = (await ok(`mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { key apiKey { id scopes } } }`, { i: { name: 'reporting', scopes: ['pool:read'] } })).createApiKey;
    const client = graphqlClient(stack.gateway.url, created.key);
    const read = await client(LIST, { s: 1 });
    expect(read.errors).toBeUndefined();
    expect(codeOf(await client(`mutation($i: CreateMotherGroupInput!) { createMotherGroup(input: $i) { id } }`, { i: { name: 'by-key' } }))).toBe('FORBIDDEN');
    const keys = (await ok(`{ apiKeys { items { id keyPrefix lastUsedAt } } }`)).apiKeys.items;
    expect(keys.find((k: any) => k.id === created.apiKey.id)).toMatchObject({ keyPrefix: created.key.slice(0, 12), lastUsedAt: expect.any(String) });
    await ok(`mutation($i: RevokeApiKeyInput!) { revokeApiKey(input: $i) { revokedAt } }`, { i: { id: created.apiKey.id } });
    expect(codeOf(await client(LIST, { s: 1 }))).toBe('UNAUTHENTICATED');
  });

  it('keeps the internal API out of the public supergraph and admin operations away from anonymous callers', async () => {
    expect(codeOf(await stack.gql(`mutation { placeEmail(input: { idempotencyKey: "k", email: "a@b.co" }) { status } }`))).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(codeOf(await stack.gql(`{ poolEvents { cursor } }`))).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(codeOf(await stack.gql(`{ verifyApiKey(key: "spk_x") { keyId } }`))).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(codeOf(await stack.gql(LIST))).toBe('UNAUTHENTICATED');
    expect(codeOf(await stack.gql(IMPORT, { i: { content: 'x y', dryRun: true } }))).toBe('UNAUTHENTICATED');
  });
});
