import { randomBytes } from 'node:crypto';
import { ADMIN_PASSWORD, codeOf, graphqlClient, startStack, type Stack, STACK_BOOT_MS } from './harness';

const REDEEM = `mutation($i: RedeemInput!) { redeem(input: $i) { status } }`;
const STATUS = `query($c: String!, $e: String!) { redeemStatus(code: $c, email: $e) { codeStatus } }`;
const LOGIN = `mutation($i: AdminLoginInput!) { adminLogin(input: $i) { token } }`;
/** A code no test shares (buckets are per code); the format only has to pass users' checks. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const freshCode = () => [...randomBytes(16)].map((b) => ALPHABET[b & 31]).join('');
/** Per gateway, so Redis-backed runs do not share buckets between tests of this file. */
const isolated = () => ({ GATEWAY_REDIS_PREFIX: `seatpool:test:${randomBytes(6).toString('hex')}:` });
const from = (ip: string) => ({ 'x-forwarded-for': ip });

describe('rate limits at the public door', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack(
      { GATEWAY_PUBLIC_RATE_PER_MINUTE: '3', GATEWAY_LOGIN_RATE_PER_5MIN: '2' },
      // A stand-in for pool's verifyApiKey: any spk_<id>… is key <id> with the pool:read scope.
      { gateway: { verifyApiKey: async (key) => ({ keyId: key.slice(4, 12), scopes: ['pool:read'] }) } },
    );
  }, STACK_BOOT_MS);
  afterAll(() => stack?.stop());

  it('answers the 4th redeem of a minute from one address with RATE_LIMITED, 429 and a retry hint', async () => {
    const redeem = () =>
      fetch(stack.gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: REDEEM, variables: { i: { code: 'ABCD-EFGH-JKMN-PQRS', email: 'a@example.com' } } }),
      });
    for (let i = 0; i < 3; i++) expect(((await (await redeem()).json()) as any).errors[0].extensions.code).toBe('CODE_INVALID');
    const limited = await redeem();
    const body: any = await limited.json();
    expect(limited.status).toBe(429);
    expect(body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number), rateLimit: { rule: 'public-address' } });
    expect(body.errors[0].extensions.retryAfterSeconds).toBeGreaterThan(0);
    expect(Number(limited.headers.get('retry-after'))).toBe(body.errors[0].extensions.retryAfterSeconds);
  });

  it('limits admin login attempts per address', async () => {
    const login = () => stack.gql('mutation { adminLogin(input: { password: "wrong-password-000" }) { token } }');
    expect(codeOf(await login())).toBe('UNAUTHENTICATED');
    expect(codeOf(await login())).toBe('UNAUTHENTICATED');
    expect(codeOf(await login())).toBe('RATE_LIMITED');
  });

  it('keeps one bucket when an untrusted client sends its own X-Forwarded-For', async () => {
    const gw = await stack.extraGateway(isolated()); // the address's shared public budget is fresh
    const ask = (ip: string) => gw.gql(STATUS, { c: freshCode(), e: 'spoof@example.com' }, from(ip));
    for (const ip of ['1.1.1.1', '2.2.2.2', '3.3.3.3']) expect(codeOf(await ask(ip))).toBe('CODE_INVALID');
    expect(codeOf(await ask('4.4.4.4'))).toBe('RATE_LIMITED');
  });

  it('behind a trusted proxy, buckets follow the forwarded client and ignore a spoofed left part', async () => {
    const gw = await stack.extraGateway({ GATEWAY_TRUSTED_PROXIES: 'loopback', ...isolated() });
    const ask = (xff: string) => gw.gql(STATUS, { c: freshCode(), e: 'proxy@example.com' }, from(xff));
    for (let i = 0; i < 3; i++) expect(codeOf(await ask('9.9.9.1'))).toBe('CODE_INVALID');
    expect(codeOf(await ask('9.9.9.1'))).toBe('RATE_LIMITED');
    // The proxy appends what it saw; whatever the client wrote before that does not matter.
    expect(codeOf(await ask('6.6.6.6, 9.9.9.1'))).toBe('RATE_LIMITED');
    expect(codeOf(await ask('9.9.9.2'))).toBe('CODE_INVALID');
  });

  it('limits each code and each email across addresses, however the code is typed', async () => {
    const gw = await stack.extraGateway({ GATEWAY_TRUSTED_PROXIES: 'loopback', GATEWAY_PUBLIC_SUBJECT_RATE_PER_MINUTE: '2', ...isolated() });
    const code = freshCode();
    const spaced = `${code.slice(0, 4)}-${code.slice(4).toLowerCase()}`;
    expect(codeOf(await gw.gql(STATUS, { c: code, e: 'c1@example.com' }, from('10.1.0.1')))).toBe('CODE_INVALID');
    expect(codeOf(await gw.gql(STATUS, { c: spaced, e: 'c2@example.com' }, from('10.1.0.2')))).toBe('CODE_INVALID');
    const third = await gw.gql(STATUS, { c: code, e: 'c3@example.com' }, from('10.1.0.3'));
    expect(codeOf(third)).toBe('RATE_LIMITED');
    expect(third.errors![0].extensions!.rateLimit.rule).toBe('public-code');

    const email = `Victim-${randomBytes(3).toString('hex')}@Example.com`;
    for (const [i, ip] of ['10.2.0.1', '10.2.0.2'].entries()) {
      expect(codeOf(await gw.gql(REDEEM, { i: { code: freshCode(), email: i ? email.toLowerCase() : email } }, from(ip)))).toBe('CODE_INVALID');
    }
    const limited = await gw.gql(REDEEM, { i: { code: freshCode(), email } }, from('10.2.0.3'));
    expect(limited.errors![0].extensions).toMatchObject({ code: 'RATE_LIMITED', rateLimit: { rule: 'public-email' } });
  });

  it('never lets wrong passwords from strangers lock the operator out; brute force from one address is stopped', async () => {
    const gw = await stack.extraGateway({ GATEWAY_TRUSTED_PROXIES: 'loopback', GATEWAY_LOGIN_RATE_PER_5MIN: '1000', GATEWAY_LOGIN_ACCOUNT_RATE_PER_5MIN: '3', ...isolated() });
    for (const ip of ['10.3.0.1', '10.3.0.2', '10.3.0.3', '10.3.0.4']) {
      expect(codeOf(await gw.gql(LOGIN, { i: { password: 'not-the-password-1' } }, from(ip)))).toBe('UNAUTHENTICATED');
    }
    const operator = await gw.gql(LOGIN, { i: { password: ADMIN_PASSWORD } }, from('10.3.0.9'));
    expect(operator.errors).toBeUndefined();
    expect(operator.data.adminLogin.token).toEqual(expect.any(String));
    // One address guessing: its account+address budget runs out.
    for (let i = 0; i < 3; i++) expect(codeOf(await gw.gql(LOGIN, { i: { password: `guess-${i}-password` } }, from('10.3.1.1')))).toBe('UNAUTHENTICATED');
    const limited = await gw.gql(LOGIN, { i: { password: 'guess-4-password' } }, from('10.3.1.1'));
    expect(limited.errors![0].extensions).toMatchObject({ code: 'RATE_LIMITED', rateLimit: { rule: 'login-account' } });
    expect((await gw.gql(LOGIN, { i: { password: ADMIN_PASSWORD } }, from('10.3.0.9'))).errors).toBeUndefined();
  });

  it('gives each address one public budget for all public operations together', async () => {
    const gw = await stack.extraGateway({ GATEWAY_TRUSTED_PROXIES: 'loopback', ...isolated() });
    const ip = from('10.5.0.1');
    expect(codeOf(await gw.gql(STATUS, { c: freshCode(), e: 'p1@example.com' }, ip))).toBe('CODE_INVALID');
    expect(codeOf(await gw.gql(REDEEM, { i: { code: freshCode(), email: 'p2@example.com' } }, ip))).toBe('CODE_INVALID');
    expect(codeOf(await gw.gql(STATUS, { c: freshCode(), e: 'p3@example.com' }, ip))).toBe('CODE_INVALID');
    // The 4th public call of the minute, to an operation not used yet: the shared budget is spent.
    const fourth = await gw.gql(`mutation($i: RequestSwitchInput!) { requestSwitch(input: $i) { status } }`, { i: { code: freshCode(), email: 'p4@example.com' } }, ip);
    expect(fourth.errors![0].extensions).toMatchObject({ code: 'RATE_LIMITED', rateLimit: { rule: 'public-address' } });
  });

  it('normalises codes and emails as users does: padding is the same subject, over-long is refused', async () => {
    const gw = await stack.extraGateway({ GATEWAY_TRUSTED_PROXIES: 'loopback', GATEWAY_PUBLIC_SUBJECT_RATE_PER_MINUTE: '2', ...isolated() });
    const code = freshCode();
    expect(codeOf(await gw.gql(STATUS, { c: code, e: 'n1@example.com' }, from('10.6.0.1')))).toBe('CODE_INVALID');
    expect(codeOf(await gw.gql(STATUS, { c: `${'-'.repeat(512)}${code}`, e: 'n2@example.com' }, from('10.6.0.2')))).toBe('CODE_INVALID');
    const padded = await gw.gql(STATUS, { c: `${'-'.repeat(600)}${code.toLowerCase()}`, e: 'n3@example.com' }, from('10.6.0.3'));
    expect(padded.errors![0].extensions).toMatchObject({ code: 'RATE_LIMITED', rateLimit: { rule: 'public-code' } });

    const email = `pad-${randomBytes(3).toString('hex')}@example.com`;
    expect(codeOf(await gw.gql(STATUS, { c: freshCode(), e: email }, from('10.6.1.1')))).toBe('CODE_INVALID');
    expect(codeOf(await gw.gql(STATUS, { c: freshCode(), e: `${' '.repeat(600)}${email.toUpperCase()}` }, from('10.6.1.2')))).toBe('CODE_INVALID');
    const third = await gw.gql(STATUS, { c: freshCode(), e: `${' '.repeat(700)}${email}` }, from('10.6.1.3'));
    expect(third.errors![0].extensions).toMatchObject({ code: 'RATE_LIMITED', rateLimit: { rule: 'public-email' } });
    // Longer than any string may be: refused, not truncated into a fresh bucket.
    expect(codeOf(await gw.gql(STATUS, { c: `${'-'.repeat(20_000)}${code}`, e: 'n4@example.com' }, from('10.6.0.4')))).toBe('BAD_USER_INPUT');
  });

  it('counts every aliased or fragment-hidden call, not one per request', async () => {
    const gw = await stack.extraGateway({ GATEWAY_TRUSTED_PROXIES: 'loopback', ...isolated() });
    const i = (n: number) => `{ code: "${freshCode()}", email: "alias${n}@example.com" }`;
    const aliased = `mutation { a: redeem(input: ${i(1)}) { status } b: redeem(input: ${i(2)}) { status } c: redeem(input: ${i(3)}) { status } d: redeem(input: ${i(4)}) { status } }`;
    expect(codeOf(await gw.gql(aliased, {}, from('10.4.0.1')))).toBe('RATE_LIMITED');
    const hidden = `mutation { ...R } fragment R on Mutation { ... on Mutation { a: redeem(input: ${i(5)}) { status } b: redeem(input: ${i(6)}) { status } } }`;
    expect(codeOf(await gw.gql(hidden, {}, from('10.4.0.2')))).toBe('CODE_INVALID');
    expect(codeOf(await gw.gql(hidden, {}, from('10.4.0.2')))).toBe('RATE_LIMITED');
  });

  it('limits each API key on its own budget', async () => {
    const gw = await stack.extraGateway({ GATEWAY_API_KEY_RATE_PER_MINUTE: '2', ...isolated() });
    const key = (id: string) => graphqlClient(gw.url, `spk_${id}${randomBytes(12).toString('hex')}`);
    const a = key(randomBytes(4).toString('hex'));
    const b = key(randomBytes(4).toString('hex'));
    const read = `{ mother(id: "none") { id } }`;
    expect((await a(read)).data).toEqual({ mother: null });
    expect((await a(read)).data).toEqual({ mother: null });
    const limited = await a(read);
    expect(limited.errors![0].extensions).toMatchObject({ code: 'RATE_LIMITED', rateLimit: { rule: 'apikey' } });
    expect((await b(read)).data).toEqual({ mother: null });
  });
});
