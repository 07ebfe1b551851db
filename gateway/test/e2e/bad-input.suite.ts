import { MAX_STRING_LENGTH, signIdentity } from '@seatpool/kit';
import { codeOf, sharedAdmin, type AdminClient, type Stack, STACK_BOOT_MS } from './harness';

const AUDIT = `query($f: AuditLogFilter) { auditLogs(filter: $f, pageSize: 1) { total } }`;

/** Malformed requests and arguments are the client's mistake: a typed 4xx answer, never INTERNAL. */
describe('bad input at the gateway', () => {
  let stack: Stack;
  let admin: AdminClient;
  beforeAll(async () => ({ stack, admin } = await sharedAdmin()), STACK_BOOT_MS);

  const raw = (body: unknown, token?: string) =>
    fetch(stack.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    }).then(async (r) => ({ status: r.status, ...((await r.json()) as any) }));

  it.each([
    ['two operations without operationName', { query: 'query A { __typename } query B { __typename }' }, /operationName/],
    ['a wrong operationName', { query: 'query A { __typename }', operationName: 'Nope' }, /Unknown operation named "Nope"/],
  ])('answers %s with BAD_USER_INPUT 400, anonymously and as admin', async (_name, body, message) => {
    for (const token of [undefined, admin.token]) {
      const res = await raw(body, token);
      expect(res.status).toBe(400);
      expect(res.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(res.errors[0].message).toMatch(message);
    }
  });

  it.each(['yesterday', '2030-01-01', '0000-01-01T00:00:00Z', '+275760-09-13T00:00:00.001Z', '2030-13-01T00:00:00Z'])(
    'refuses the DateTime %p with BAD_USER_INPUT and the subgraph message',
    async (value) => {
      for (const res of [await admin(AUDIT, { f: { createdFrom: value } }), await admin(`{ auditLogs(filter: { createdTo: ${JSON.stringify(value)} }) { total } }`)]) {
        expect(codeOf(res)).toBe('BAD_USER_INPUT');
        expect(res.errors![0].message).toMatch(/DateTime must be an ISO-8601 instant/);
        expect(res.status).toBe(400);
      }
    },
  );

  it('accepts an ordinary DateTime', async () => {
    const res = await admin(AUDIT, { f: { createdFrom: '2026-01-01T00:00:00Z', createdTo: '2999-12-31T23:59:59.999Z' } });
    expect(res.errors).toBeUndefined();
  });

  it('refuses a 900 KB filter string at the gateway, before anything is planned', async () => {
    const res = await admin(AUDIT, { f: { action: 'a'.repeat(900_000) } });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.status).toBe(400);
    expect(res.errors![0].message).toContain(`AuditLogFilter.action must be at most ${MAX_STRING_LENGTH} characters`);
    // As a literal too, and one character over the cap is enough.
    const literal = await admin(`{ auditLogs(filter: { action: "${'b'.repeat(MAX_STRING_LENGTH + 1)}" }) { total } }`);
    expect(codeOf(literal)).toBe('BAD_USER_INPUT');
    expect((await admin(AUDIT, { f: { action: 'c'.repeat(MAX_STRING_LENGTH) } })).errors).toBeUndefined();
    // Anonymous public operations get the same answer (the code and email are capped as well).
    const pub = await stack.gql(`query($c: String!, $e: String!) { redeemStatus(code: $c, email: $e) { codeStatus } }`, { c: '-'.repeat(20_000), e: 'a@example.com' });
    expect(codeOf(pub)).toBe('BAD_USER_INPUT');
  });

  it('answers a block string of quotes that outgrows the subgraph body limit when re-encoded with BAD_USER_INPUT', async () => {
    // Each `"a` (3 bytes in the client's JSON) is printed `\"a` for the subgraph (5 bytes in JSON):
    // 330,000 pairs fit the gateway's 1,000,000-byte limit and the import's 1,000,000-character cap,
    // but not pool's 1 MiB body limit.
    const content = '"a'.repeat(330_000);
    const res = await admin(`mutation { importMothers(input: { content: """${content}""", dryRun: true }) { total } }`);
    expect(res.status).toBeLessThan(500);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toMatch(/too large/);
  });

  it('caps strings on every subgraph too, for callers that do not come through the gateway', async () => {
    for (const [audience, url, query] of [
      ['users', stack.users.url, `query($a: String) { auditLogs(filter: { action: $a }) { total } }`],
      ['pool', stack.pool.url, `query($a: String) { mothers(filter: { search: $a }) { total } }`],
    ] as const) {
      const body = JSON.stringify({ query, variables: { a: 'x'.repeat(MAX_STRING_LENGTH + 1) } });
      const headers = signIdentity(stack.secret, { kind: 'admin', sub: 'direct', scopes: [], rid: 'cap-test-0001' }, { audience, body });
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
      const json: any = await res.json();
      expect(res.status).toBe(400);
      expect(json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    }
  });
});
