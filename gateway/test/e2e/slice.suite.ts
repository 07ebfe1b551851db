import { signIdentity } from '@seatpool/kit';
import { codeOf, startStack, type Stack, STACK_BOOT_MS } from './harness';

const CREATE_MOTHER = `mutation($i: CreateMotherInput!) { createMother(input: $i) { id name status seatLimit seatsFree teams { teamId isEnabled isDefault } } }`;
const GENERATE = `mutation($i: GenerateCodesInput!) { generateCodes(input: $i) { batchId codes } }`;
const REDEEM = `mutation($i: RedeemInput!) { redeem(input: $i) { status teamName inviteRequestId } }`;
const DASHBOARD = `{ dashboard { codeQuota mothers { total active invalid disabled } seats { total free held used } codes { total unused reserved used disabled expired } invites { sent accepted failed } } }`;

describe('the contract slice through the gateway', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  }, STACK_BOOT_MS);
  afterAll(() => stack?.stop());

  it('logs in, creates a mother, generates codes, redeems one and shows it everywhere', async () => {
    const admin = await stack.admin();
    const account = await stack.sandboxAccount(3);
    const created = await admin(CREATE_MOTHER, { i: { name: 'M1', accessToken: account.accessToken } });
    expect(created.errors).toBeUndefined();
    const mother = created.data.createMother;
    expect(mother).toMatchObject({ name: 'M1', status: 'ACTIVE', seatLimit: 7, seatsFree: 7 });
    expect(mother.teams).toEqual([expect.objectContaining({ teamId: account.accountIds[0], isEnabled: true })]);
    expect(JSON.stringify(created)).not.toContain(account.accessToken);

    const gen = await admin(GENERATE, { i: { count: 3, prefix: 'E2E' } });
    const [code, unused2] = gen.data.generateCodes.codes as string[];
    expect(code).toMatch(/^E2E/);

    const redeemed = await stack.gql(REDEEM, { i: { code, email: 'Alice@Example.com' } });
    expect(redeemed.errors).toBeUndefined();
    expect(redeemed.data.redeem).toMatchObject({ status: 'INVITE_SENT', inviteRequestId: expect.any(String) });

    const seen = await admin(`query($c: String!) { redeemCode(code: $c) { id status boundEmail currentTeamId mother { id seatsUsed } } }`, { c: code });
    expect(seen.errors).toBeUndefined();
    expect(seen.data.redeemCode).toMatchObject({
      status: 'USED', boundEmail: 'alice@example.com', currentTeamId: account.accountIds[0], mother: { id: mother.id, seatsUsed: 1 },
    });
    const upstream = await stack.sandboxState(account.accountIds[0]);
    expect(upstream.invites.map((i) => i.email_address)).toEqual(['alice@example.com']);

    // Same code + same email again: the same answer, no second invite.
    const again = await stack.gql(REDEEM, { i: { code, email: 'alice@example.com' } });
    expect(again.data?.redeem?.status ?? codeOf(again)).toBe('ALREADY_IN_TEAM');
    const other = await stack.gql(REDEEM, { i: { code, email: 'bob@example.com' } });
    expect(codeOf(other)).toBe('CODE_USED');
    expect((await stack.sandboxState(account.accountIds[0])).invites).toHaveLength(1);

    const dash = await admin(DASHBOARD);
    expect(dash.errors).toBeUndefined();
    expect(dash.data.dashboard).toEqual({
      // 6 free seats on an active mother with an enabled team, 2 unused codes.
      codeQuota: 4,
      mothers: { total: 1, active: 1, invalid: 0, disabled: 0 },
      seats: { total: 7, free: 6, held: 0, used: 1 },
      codes: { total: 3, unused: 2, reserved: 0, used: 1, disabled: 0, expired: 0 },
      invites: { sent: 1, accepted: 0, failed: 0 },
    });

    const disabled = await admin(`query($c: String!) { redeemCode(code: $c) { id } }`, { c: unused2 });
    const d = await admin(`mutation($id: ID!) { disableCode(id: $id) { status } }`, { id: disabled.data.redeemCode.id });
    expect(d.data.disableCode.status).toBe('DISABLED');
    expect(codeOf(await stack.gql(REDEEM, { i: { code: unused2, email: 'carol@example.com' } }))).toBe('CODE_DISABLED');
  });

  it('answers admin operations without a valid token with UNAUTHENTICATED', async () => {
    expect(codeOf(await stack.gql(DASHBOARD))).toBe('UNAUTHENTICATED');
    expect(codeOf(await stack.gql(DASHBOARD, {}, { authorization: 'Bearer not-a-real-session-token-000' }))).toBe('UNAUTHENTICATED');
    const wrong = await stack.gql('mutation { adminLogin(input: { password: "wrong-password-123" }) { token } }');
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
  });

  it('revokes a session at once on adminLogout', async () => {
    const admin = await stack.admin();
    expect((await admin(DASHBOARD)).errors).toBeUndefined();
    expect((await admin('mutation { adminLogout }')).data.adminLogout).toBe(true);
    expect(codeOf(await admin(DASHBOARD))).toBe('UNAUTHENTICATED');
  });

  it('refuses a subgraph called directly without the gateway signature', async () => {
    for (const url of [stack.users.url, stack.pool.url, stack.stats.url]) {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
      const body: any = await res.json();
      expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
    // A signature made with another secret is refused too.
    const body = JSON.stringify({ query: '{ mother(id: "x") { id } }' });
    const forged = signIdentity('f'.repeat(40), { kind: 'admin', sub: 'x', scopes: [], rid: 'forged-0001' }, { audience: 'pool', body });
    const res = await fetch(stack.pool.url, { method: 'POST', headers: { 'content-type': 'application/json', ...forged }, body });
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('answers bad input with typed errors and a request id, never a stack trace', async () => {
    const admin = await stack.admin();
    const bad = await admin(GENERATE, { i: { count: 0 } });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions!.requestId).toEqual(expect.any(String));
    expect(JSON.stringify(bad)).not.toMatch(/stacktrace|at .*\.ts:/);
    const zh = await stack.gql(REDEEM, { i: { code: 'ABCD-EFGH-JKMN-PQRS', email: 'x@example.com' } }, { 'accept-language': 'zh-CN,zh;q=0.9' });
    expect(codeOf(zh)).toBe('CODE_INVALID');
    expect(zh.errors![0].message).toBe('兑换码无效。');
    const badEmail = await stack.gql(REDEEM, { i: { code: 'NOPE-NOPE-NOPE', email: 'not-an-email' } });
    expect(codeOf(badEmail)).toBe('BAD_USER_INPUT');
    const motherless = await admin(CREATE_MOTHER, { i: { name: '', accessToken: 'x' } });
    expect(codeOf(motherless)).toBe('BAD_USER_INPUT');
  });

  it('keeps request ids: accepts a sane one, replaces a hostile one', async () => {
    const res = await fetch(stack.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'client-req-0001' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(res.headers.get('x-request-id')).toBe('client-req-0001');
    const hostile = await fetch(stack.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'bad id <script>alert(1)</script>' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(hostile.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('exposes health, readiness and metrics on every service', async () => {
    const base = (u: string) => new URL(u).origin;
    for (const url of [stack.gateway.url, stack.users.url, stack.pool.url, stack.stats.url]) {
      expect((await fetch(`${base(url)}/healthz`)).status).toBe(200);
      expect((await fetch(`${base(url)}/readyz`)).status).toBe(200);
      const metrics = await (await fetch(`${base(url)}/metrics`)).text();
      expect(metrics).toContain('seatpool_process_cpu_seconds_total');
    }
    const gw = await (await fetch(`${base(stack.gateway.url)}/metrics`)).text();
    expect(gw).toMatch(/seatpool_graphql_operations_total\{[^}]*\} \d+/);
  });

  it('never writes a secret into the logs', async () => {
    const admin = await stack.admin();
    const account = await stack.sandboxAccount(2);
    await admin(CREATE_MOTHER, { i: { name: 'Secret check', accessToken: account.accessToken } });
    const gen = await admin(GENERATE, { i: { count: 2 } });
    const [code] = gen.data.generateCodes.codes;
    await stack.gql(REDEEM, { i: { code, email: 'dave@example.com' } });
    const all = stack.logs.join('');
    expect(all.length).toBeGreaterThan(1000); // the services did log
    for (const secret of [account.accessToken, code, admin.token, 'e2e-Admin-password-0123', stack.secret]) {
      expect(all).not.toContain(secret);
    }
  });
});
