import { startSandbox } from '../src/provider/sandbox/server';

type Handle = Awaited<ReturnType<typeof startSandbox>>;
interface Res {
  status: number;
  body: any;
  headers: Headers;
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const CHECK = '/backend-api/accounts/check/v4-2023-04-27';

let sb: Handle;

async function call(method: string, path: string, opts: { token?: string; body?: unknown; raw?: string; headers?: Record<string, string> } = {}): Promise<Res> {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  let body: string | undefined = opts.raw;
  if (opts.body !== undefined) {
    body = JSON.stringify(opts.body);
    headers['content-type'] = 'application/json';
  }
  const res = await fetch(`${sb.url}${path}`, { method, headers, body });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined, headers: res.headers };
}

async function account(body: Record<string, unknown> = {}): Promise<{ token: string; id: string; ids: string[] }> {
  const r = await call('POST', '/_sandbox/accounts', { body });
  expect(r.status).toBe(201);
  return { token: r.body.accessToken, id: r.body.accountIds[0], ids: r.body.accountIds };
}

const invite = (token: string, id: string, emails: unknown[], extra: Record<string, unknown> = {}) =>
  call('POST', `/backend-api/accounts/${id}/invites`, { token, body: { email_addresses: emails, role: 'standard-user', resend_emails: true, ...extra } });

const fault = async (body: Record<string, unknown>) => {
  const r = await call('POST', '/_sandbox/faults', { body });
  expect(r.status).toBe(201);
  return r.body.id as string;
};

beforeAll(async () => {
  sb = await startSandbox({ port: 0 });
});
afterAll(async () => {
  await sb.close();
});
beforeEach(async () => {
  expect((await call('POST', '/_sandbox/reset')).status).toBe(200);
});

describe('server basics', () => {
  it('listens on an ephemeral port on 127.0.0.1', () => {
    expect(sb.port).toBeGreaterThan(0);
    expect(sb.url).toBe(`http://127.0.0.1:${sb.port}`);
  });

  it('answers health and readiness probes', async () => {
    for (const p of ['/healthz', '/readyz']) {
      const r = await call('GET', p);
      expect(r.status).toBe(200);
      expect(r.body).toEqual({ ok: true });
    }
  });

  it('404s unknown routes on both surfaces', async () => {
    const { token } = await account();
    expect((await call('GET', '/nope')).status).toBe(404);
    expect((await call('GET', '/_sandbox/nope')).status).toBe(404);
    const r = await call('GET', '/backend-api/nope', { token });
    expect(r.status).toBe(404);
  });

  it('rejects bodies above 1 MiB with 413 and keeps serving', async () => {
    const big = 'x'.repeat(1024 * 1024 + 1);
    const r = await call('POST', '/_sandbox/accounts', { raw: big });
    expect(r.status).toBe(413);
    const { token, id } = await account();
    const u = await call('POST', `/backend-api/accounts/${id}/invites`, { token, raw: big });
    expect(u.status).toBe(413);
    expect(u.body).toEqual({ detail: { code: 'payload_too_large' } });
    expect((await call('GET', '/healthz')).status).toBe(200);
  });

  it('never crashes on malformed bodies', async () => {
    const { token, id } = await account();
    for (const raw of ['{', 'null', '[1,2]', '"str"', '\u0000\u0001']) {
      expect((await call('POST', '/_sandbox/accounts', { raw })).status).toBe(400);
      expect((await call('POST', `/backend-api/accounts/${id}/invites`, { token, raw })).status).toBe(400);
      expect((await call('POST', '/_sandbox/faults', { raw })).status).toBe(400);
    }
    expect((await call('GET', '/healthz')).status).toBe(200);
  });

  it('keeps state per server instance', async () => {
    const other = await startSandbox();
    try {
      const { token } = await account();
      const r = await fetch(`${other.url}${CHECK}`, { headers: { authorization: `Bearer ${token}` } });
      expect(r.status).toBe(401);
    } finally {
      await other.close();
    }
  });
});

describe('POST /_sandbox/accounts', () => {
  it('creates one workspace with 7 seats by default', async () => {
    const r = await call('POST', '/_sandbox/accounts');
    expect(r.status).toBe(201);
    expect(r.body.accountIds).toHaveLength(1);
    expect(r.body.accountIds[0]).toMatch(UUID_RE);
    const acc = await call('GET', `/_sandbox/accounts/${r.body.accountIds[0]}`);
    expect(acc.body.seats).toBe(7);
    expect(acc.body.deactivated).toBe(false);
    expect(acc.body.invites).toEqual([]);
    expect(acc.body.members).toHaveLength(1);
    expect(acc.body.members[0]).toMatchObject({ role: 'account-owner', email: expect.stringMatching(/^owner-[0-9a-f]+@sandbox\.test$/) });
  });

  it('issues a JWT-shaped token with exp, iat, user id and owner email', async () => {
    const before = Math.floor(Date.now() / 1000);
    const r = await call('POST', '/_sandbox/accounts', { body: { seats: 3 } });
    const parts = (r.body.accessToken as string).split('.');
    expect(parts).toHaveLength(3);
    const header = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString());
    const payload = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString());
    expect(header.typ).toBe('JWT');
    expect(payload.iat).toBeGreaterThanOrEqual(before);
    expect(payload.exp - payload.iat).toBe(30 * 24 * 3600);
    expect(payload['https://api.openai.com/auth'].user_id).toMatch(/^user-/);
    expect(payload.email).toMatch(/^owner-.+@sandbox\.test$/);
    expect(payload['https://api.openai.com/profile'].email).toBe(payload.email);
  });

  it('one token covers all teams of the call; names default to Sandbox Team N', async () => {
    const r = await call('POST', '/_sandbox/accounts', { body: { teams: 3, seats: 2 } });
    const ids: string[] = r.body.accountIds;
    expect(new Set(ids).size).toBe(3);
    const check = await call('GET', CHECK, { token: r.body.accessToken });
    expect(Object.keys(check.body.accounts).sort()).toEqual([...ids].sort());
    expect(ids.map((id) => check.body.accounts[id].account.name)).toEqual(['Sandbox Team 1', 'Sandbox Team 2', 'Sandbox Team 3']);
  });

  it('uses the given name', async () => {
    const { token, id } = await account({ name: 'Acme' });
    const check = await call('GET', CHECK, { token });
    expect(check.body.accounts[id].account.name).toBe('Acme');
  });

  it.each([{ seats: 0 }, { seats: 501 }, { seats: 2.5 }, { seats: '7' }, { teams: 0 }, { teams: 11 }, { name: '' }, { name: 5 }])(
    'rejects %j with 400',
    async (body) => {
      expect((await call('POST', '/_sandbox/accounts', { body })).status).toBe(400);
    },
  );

  it('accepts the bounds 1..500 seats and 1..10 teams', async () => {
    expect((await call('POST', '/_sandbox/accounts', { body: { seats: 1, teams: 10 } })).status).toBe(201);
    expect((await call('POST', '/_sandbox/accounts', { body: { seats: 500, teams: 1 } })).status).toBe(201);
  });
});

describe('auth and account errors', () => {
  it('401 token_invalidated without or with an unknown token', async () => {
    for (const headers of [{}, { authorization: 'Bearer nope' }, { authorization: 'Basic abc' }] as Record<string, string>[]) {
      const r = await call('GET', CHECK, { headers });
      expect(r.status).toBe(401);
      expect(r.body).toEqual({ detail: { code: 'token_invalidated' } });
    }
  });

  it('404 account_not_found for unknown ids and for workspaces of another token', async () => {
    const a = await account();
    const b = await account();
    for (const id of [b.id, '00000000-0000-0000-0000-000000000000']) {
      const r = await call('GET', `/backend-api/accounts/${id}/users`, { token: a.token });
      expect(r.status).toBe(404);
      expect(r.body).toEqual({ detail: { code: 'account_not_found' } });
    }
    const s = await call('GET', `/backend-api/subscriptions?account_id=${b.id}`, { token: a.token });
    expect(s.status).toBe(404);
  });

  it('403 account_deactivated after deactivate; check still lists it as deactivated', async () => {
    const { token, id } = await account();
    expect((await call('POST', `/_sandbox/accounts/${id}/deactivate`)).status).toBe(200);
    const r = await invite(token, id, ['a@x.io']);
    expect(r.status).toBe(403);
    expect(r.body).toEqual({ detail: { code: 'account_deactivated' } });
    const check = await call('GET', CHECK, { token });
    expect(check.body.accounts[id].account.is_deactivated).toBe(true);
    expect((await call('GET', `/_sandbox/accounts/${id}`)).body.deactivated).toBe(true);
    await call('POST', `/_sandbox/accounts/${id}/reactivate`);
    expect((await invite(token, id, ['a@x.io'])).status).toBe(200);
  });

  it('401 token_invalidated after revoke', async () => {
    const { token } = await account();
    expect((await call('GET', CHECK, { token })).status).toBe(200);
    expect((await call('POST', '/_sandbox/tokens/revoke', { body: { accessToken: token } })).status).toBe(200);
    const r = await call('GET', CHECK, { token });
    expect(r.status).toBe(401);
    expect(r.body).toEqual({ detail: { code: 'token_invalidated' } });
    expect((await call('POST', '/_sandbox/tokens/revoke', { body: { accessToken: 'nope' } })).status).toBe(404);
  });
});

describe('account listing', () => {
  it('GET accounts/check lists every workspace with its entitlement', async () => {
    const { token, id } = await account();
    const r = await call('GET', CHECK, { token });
    expect(r.status).toBe(200);
    const entry = r.body.accounts[id];
    expect(entry.account).toEqual({ account_id: id, name: 'Sandbox Team 1', plan_type: 'team', is_deactivated: false });
    expect(entry.entitlement).toMatchObject({ subscription_plan: 'chatgptteamplan', has_active_subscription: true });
    expect(Date.parse(entry.entitlement.expires_at)).toBeGreaterThan(Date.now());
  });

  it('GET /me returns the owner and the same account ids', async () => {
    const r0 = await call('POST', '/_sandbox/accounts', { body: { teams: 2 } });
    const r = await call('GET', '/backend-api/me', { token: r0.body.accessToken });
    expect(r.status).toBe(200);
    expect(r.body.id).toBe(r0.body.userId);
    expect(r.body.email).toMatch(/@sandbox\.test$/);
    expect(Object.keys(r.body.accounts).sort()).toEqual([...r0.body.accountIds].sort());
  });
});

describe('invites', () => {
  it('invites lower-cased emails and reports invalid ones', async () => {
    const { token, id } = await account();
    const r = await invite(token, id, ['Alice@Example.COM', 'not-an-email', 42]);
    expect(r.status).toBe(200);
    expect(r.body.account_invites).toEqual([{ id: expect.stringMatching(UUID_RE), email_address: 'alice@example.com', role: 'standard-user' }]);
    expect(r.body.errored_emails).toEqual([
      { email: 'not-an-email', error: 'invalid_email' },
      { email: '42', error: 'invalid_email' },
    ]);
    const acc = await call('GET', `/_sandbox/accounts/${id}`);
    expect(acc.body.invites).toEqual([{ id: r.body.account_invites[0].id, email_address: 'alice@example.com', role: 'standard-user', created_time: expect.any(String) }]);
  });

  it('re-inviting is idempotent (same invite returned, no extra seat)', async () => {
    const { token, id } = await account({ seats: 1 });
    const a = await invite(token, id, ['a@x.io']);
    const b = await invite(token, id, ['A@x.io']);
    expect(b.status).toBe(200);
    expect(b.body.account_invites).toEqual(a.body.account_invites);
    const sub = await call('GET', `/backend-api/subscriptions?account_id=${id}`, { token });
    expect(sub.body.seats_in_use).toBe(1);
  });

  it('members come back as user_already_member with 200, even when alone', async () => {
    const { token, id } = await account();
    await call('POST', `/_sandbox/accounts/${id}/members`, { body: { email: 'm@x.io' } });
    const r = await invite(token, id, ['m@x.io']);
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ account_invites: [], errored_emails: [{ email: 'm@x.io', error: 'user_already_member' }] });
    const owner = (await call('GET', `/_sandbox/accounts/${id}`)).body.members[0].email;
    expect((await invite(token, id, [owner])).body.errored_emails[0].error).toBe('user_already_member');
  });

  it('enforces the seat limit: partial fit → seat_limit_reached per email, full → 422', async () => {
    const { token, id } = await account({ seats: 2 });
    const r = await invite(token, id, ['a@x.io', 'b@x.io', 'c@x.io']);
    expect(r.status).toBe(200);
    expect(r.body.account_invites.map((i: any) => i.email_address)).toEqual(['a@x.io', 'b@x.io']);
    expect(r.body.errored_emails).toEqual([{ email: 'c@x.io', error: 'seat_limit_reached' }]);

    const full = await invite(token, id, ['d@x.io']);
    expect(full.status).toBe(422);
    expect(full.body.detail.code).toBe('seat_limit_reached');
    expect(typeof full.body.detail.message).toBe('string');

    // A resend still fits (it takes no new seat), so a mixed request is a 200.
    const mixed = await invite(token, id, ['a@x.io', 'e@x.io']);
    expect(mixed.status).toBe(200);
    expect(mixed.body.errored_emails).toEqual([{ email: 'e@x.io', error: 'seat_limit_reached' }]);
  });

  it('members (not the owner) and invites share the seats', async () => {
    const { token, id } = await account({ seats: 2 });
    await invite(token, id, ['a@x.io']);
    await call('POST', `/_sandbox/accounts/${id}/accept`, { body: { email: 'a@x.io' } });
    await invite(token, id, ['b@x.io']);
    expect((await invite(token, id, ['c@x.io'])).status).toBe(422);
    const sub = await call('GET', `/backend-api/subscriptions?account_id=${id}`, { token });
    expect(sub.body).toEqual({ seats_entitled: 2, seats_in_use: 2, plan_type: 'team', active_until: expect.any(String), will_renew: true });
    // Freeing a seat (member removed) lets the next invite through.
    const users = await call('GET', `/backend-api/accounts/${id}/users`, { token });
    const a = users.body.items.find((u: any) => u.email === 'a@x.io');
    expect((await call('DELETE', `/backend-api/accounts/${id}/users/${a.id}`, { token })).status).toBe(200);
    expect((await invite(token, id, ['c@x.io'])).status).toBe(200);
  });

  it('400 on invalid JSON, missing or empty email list, and unknown role', async () => {
    const { token, id } = await account();
    expect((await call('POST', `/backend-api/accounts/${id}/invites`, { token, raw: '{nope' })).status).toBe(400);
    expect((await call('POST', `/backend-api/accounts/${id}/invites`, { token, body: {} })).status).toBe(400);
    const r = await invite(token, id, []);
    expect(r.status).toBe(400);
    expect(r.body.detail.code).toBe('invalid_request');
    expect((await invite(token, id, ['a@x.io'], { role: 'god' })).status).toBe(400);
  });

  it('lists invites with offset, limit and query', async () => {
    const { token, id } = await account({ seats: 10 });
    await invite(token, id, ['a1@x.io', 'a2@x.io', 'b1@y.io', 'b2@y.io']);
    const all = await call('GET', `/backend-api/accounts/${id}/invites`, { token });
    expect(all.body.total).toBe(4);
    expect(all.body.items[0]).toEqual({ id: expect.any(String), email_address: 'a1@x.io', role: 'standard-user', created_time: expect.any(String) });
    const pageR = await call('GET', `/backend-api/accounts/${id}/invites?offset=1&limit=2`, { token });
    expect(pageR.body.items.map((i: any) => i.email_address)).toEqual(['a2@x.io', 'b1@y.io']);
    expect(pageR.body.total).toBe(4);
    const q = await call('GET', `/backend-api/accounts/${id}/invites?query=Y.IO`, { token });
    expect(q.body.items.map((i: any) => i.email_address)).toEqual(['b1@y.io', 'b2@y.io']);
    expect(q.body.total).toBe(2);
  });

  it('DELETE invites revokes one invite and frees its seat; 404 invite_not_found otherwise', async () => {
    const { token, id } = await account({ seats: 1 });
    await invite(token, id, ['a@x.io']);
    const r = await call('DELETE', `/backend-api/accounts/${id}/invites`, { token, body: { email_address: 'A@x.io' } });
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ success: true });
    const again = await call('DELETE', `/backend-api/accounts/${id}/invites`, { token, body: { email_address: 'a@x.io' } });
    expect(again.status).toBe(404);
    expect(again.body).toEqual({ detail: { code: 'invite_not_found' } });
    expect((await invite(token, id, ['b@x.io'])).status).toBe(200);
    expect((await call('DELETE', `/backend-api/accounts/${id}/invites`, { token, body: {} })).status).toBe(400);
  });
});

describe('users', () => {
  it('lists the owner and members with paging and query', async () => {
    const { token, id } = await account();
    for (const email of ['ann@x.io', 'bob@x.io']) await call('POST', `/_sandbox/accounts/${id}/members`, { body: { email } });
    const r = await call('GET', `/backend-api/accounts/${id}/users`, { token });
    expect(r.status).toBe(200);
    expect(r.body.total).toBe(3);
    expect(r.body.items[0]).toMatchObject({ role: 'account-owner', id: expect.stringMatching(/^user-/) });
    expect(r.body.items[1]).toEqual({ id: expect.stringMatching(/^user-/), email: 'ann@x.io', name: 'ann', role: 'standard-user' });
    const q = await call('GET', `/backend-api/accounts/${id}/users?query=bob&offset=0&limit=1`, { token });
    expect(q.body).toEqual({ items: [expect.objectContaining({ email: 'bob@x.io' })], total: 1 });
    const p = await call('GET', `/backend-api/accounts/${id}/users?offset=2&limit=5`, { token });
    expect(p.body.items.map((u: any) => u.email)).toEqual(['bob@x.io']);
  });

  it('DELETE users: 200, 403 for the owner, 404 user_not_found', async () => {
    const { token, id } = await account();
    await call('POST', `/_sandbox/accounts/${id}/members`, { body: { email: 'ann@x.io' } });
    const users = (await call('GET', `/backend-api/accounts/${id}/users`, { token })).body.items;
    const [owner, ann] = users;
    expect((await call('DELETE', `/backend-api/accounts/${id}/users/${owner.id}`, { token })).status).toBe(403);
    const ok = await call('DELETE', `/backend-api/accounts/${id}/users/${ann.id}`, { token });
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ success: true });
    const gone = await call('DELETE', `/backend-api/accounts/${id}/users/${ann.id}`, { token });
    expect(gone.status).toBe(404);
    expect(gone.body).toEqual({ detail: { code: 'user_not_found' } });
  });
});

describe('control surface', () => {
  it('GET /_sandbox/accounts/:id 404s for unknown ids', async () => {
    expect((await call('GET', '/_sandbox/accounts/nope')).status).toBe(404);
  });

  it('accept turns an invite into a member; 404 without an invite', async () => {
    const { token, id } = await account();
    await invite(token, id, ['a@x.io']);
    const r = await call('POST', `/_sandbox/accounts/${id}/accept`, { body: { email: 'A@X.io' } });
    expect(r.status).toBe(200);
    expect(r.body.member).toMatchObject({ email: 'a@x.io', role: 'standard-user' });
    const acc = (await call('GET', `/_sandbox/accounts/${id}`)).body;
    expect(acc.invites).toEqual([]);
    expect(acc.members.map((m: any) => m.email)).toContain('a@x.io');
    expect((await call('POST', `/_sandbox/accounts/${id}/accept`, { body: { email: 'a@x.io' } })).status).toBe(404);
    expect((await call('POST', `/_sandbox/accounts/${id}/accept`, { body: {} })).status).toBe(400);
  });

  it('members adds directly (respecting seats unless forced); leave removes', async () => {
    const { id } = await account({ seats: 1 });
    expect((await call('POST', `/_sandbox/accounts/${id}/members`, { body: { email: 'a@x.io' } })).status).toBe(201);
    expect((await call('POST', `/_sandbox/accounts/${id}/members`, { body: { email: 'a@x.io' } })).status).toBe(409);
    const full = await call('POST', `/_sandbox/accounts/${id}/members`, { body: { email: 'b@x.io' } });
    expect(full.status).toBe(409);
    expect(full.body.error).toBe('seat_limit_reached');
    expect((await call('POST', `/_sandbox/accounts/${id}/members`, { body: { email: 'b@x.io', force: true } })).status).toBe(201);
    expect((await call('POST', `/_sandbox/accounts/${id}/leave`, { body: { email: 'a@x.io' } })).status).toBe(200);
    expect((await call('POST', `/_sandbox/accounts/${id}/leave`, { body: { email: 'a@x.io' } })).status).toBe(404);
    const acc = (await call('GET', `/_sandbox/accounts/${id}`)).body;
    expect(acc.members.map((m: any) => m.email).slice(1)).toEqual(['b@x.io']);
  });

  it('counts upstream requests per route template and invite POSTs per account', async () => {
    const { token, ids } = await account({ teams: 2 });
    await call('GET', CHECK, { token });
    await invite(token, ids[0]!, ['a@x.io']);
    await invite(token, ids[0]!, ['b@x.io']);
    await invite(token, ids[1]!, ['c@x.io']);
    await call('GET', `/backend-api/accounts/${ids[0]}/users`, { token });
    const r = await call('GET', '/_sandbox/requests');
    expect(r.body.counts).toEqual({
      'GET /backend-api/accounts/check/v4-2023-04-27': 1,
      'POST /backend-api/accounts/:id/invites': 3,
      'GET /backend-api/accounts/:id/users': 1,
    });
    expect(r.body.total).toBe(5);
    expect(r.body.invitePosts).toEqual({ [ids[0]!]: 2, [ids[1]!]: 1 });
    expect((await call('DELETE', '/_sandbox/requests')).status).toBe(200);
    expect((await call('GET', '/_sandbox/requests')).body).toMatchObject({ total: 0, counts: {}, invitePosts: {}, load: { peakActive: 0, maxQueueMs: 0 } });
  });

  it('reset clears accounts, tokens, faults and counts', async () => {
    const { token, id } = await account();
    await fault({ status: 500 });
    await call('POST', '/_sandbox/reset');
    expect((await call('GET', `/_sandbox/accounts/${id}`)).status).toBe(404);
    expect((await call('GET', CHECK, { token })).status).toBe(401); // 401, not the 500 fault
    expect((await call('GET', '/_sandbox/faults')).body.faults).toEqual([]);
  });
});

describe('fault injection', () => {
  it('global status fault with the documented bodies', async () => {
    const { token } = await account();
    const cases: Array<[number, unknown]> = [
      [500, { detail: 'upstream error' }],
      [502, { detail: 'upstream error' }],
      [503, { detail: 'upstream error' }],
      [429, { detail: 'rate limited' }],
      [401, { detail: { code: 'token_invalidated' } }],
      [403, { detail: { code: 'account_deactivated' } }],
    ];
    for (const [status, body] of cases) {
      await call('DELETE', '/_sandbox/faults');
      await fault({ status });
      const r = await call('GET', CHECK, { token });
      expect(r.status).toBe(status);
      expect(r.body).toEqual(body);
    }
  });

  it('faults never touch the control surface or health probes', async () => {
    await fault({ status: 500 });
    expect((await call('GET', '/healthz')).status).toBe(200);
    expect((await call('POST', '/_sandbox/accounts')).status).toBe(201);
  });

  it('429 carries Retry-After when retryAfterS is set', async () => {
    const { token } = await account();
    await fault({ status: 429, retryAfterS: 7 });
    const r = await call('GET', CHECK, { token });
    expect(r.status).toBe(429);
    expect(r.headers.get('retry-after')).toBe('7');
    await call('DELETE', '/_sandbox/faults');
    await fault({ status: 429 });
    expect((await call('GET', CHECK, { token })).headers.get('retry-after')).toBeNull();
  });

  it('per-account faults match the path id or the chatgpt-account-id header only', async () => {
    const { token, ids } = await account({ teams: 2 });
    const [a, b] = ids as [string, string];
    await fault({ accountId: a, status: 503 });
    expect((await call('GET', `/backend-api/accounts/${a}/users`, { token })).status).toBe(503);
    expect((await call('GET', `/backend-api/accounts/${b}/users`, { token })).status).toBe(200);
    expect((await call('GET', `/backend-api/subscriptions?account_id=${a}`, { token })).status).toBe(503);
    expect((await call('GET', CHECK, { token })).status).toBe(200);
    expect((await call('GET', CHECK, { token, headers: { 'chatgpt-account-id': a } })).status).toBe(503);
  });

  it('path filter matches a substring of the path', async () => {
    const { token, id } = await account();
    await fault({ status: 502, path: '/invites' });
    expect((await invite(token, id, ['a@x.io'])).status).toBe(502);
    expect((await call('GET', `/backend-api/accounts/${id}/users`, { token })).status).toBe(200);
  });

  it('count limits how often a fault fires; the request is not applied while faulted', async () => {
    const { token, id } = await account();
    const faultId = await fault({ status: 503, count: 2, path: '/invites' });
    expect((await invite(token, id, ['a@x.io'])).status).toBe(503);
    expect((await invite(token, id, ['a@x.io'])).status).toBe(503);
    expect((await invite(token, id, ['a@x.io'])).status).toBe(200);
    expect((await call('GET', `/_sandbox/accounts/${id}`)).body.invites).toHaveLength(1);
    expect((await call('GET', '/_sandbox/requests')).body.invitePosts).toEqual({ [id]: 3 });
    const listed = (await call('GET', '/_sandbox/faults')).body.faults;
    expect(listed).toEqual([expect.objectContaining({ id: faultId, remaining: 0, fired: 2 })]);
  });

  it('rate 0 never fires, rate 1 always, rate 0.5 roughly half the time', async () => {
    const { token } = await account();
    await fault({ status: 500, rate: 0 });
    for (let i = 0; i < 20; i++) expect((await call('GET', CHECK, { token })).status).toBe(200);
    await call('DELETE', '/_sandbox/faults');
    await fault({ status: 500, rate: 0.5 });
    let failed = 0;
    for (let i = 0; i < 200; i++) if ((await call('GET', CHECK, { token })).status === 500) failed++;
    expect(failed).toBeGreaterThan(50);
    expect(failed).toBeLessThan(150);
  });

  it('latency delays both failing and, when alone, succeeding requests', async () => {
    const { token } = await account();
    await fault({ latencyMs: 150 });
    let t = Date.now();
    expect((await call('GET', CHECK, { token })).status).toBe(200);
    expect(Date.now() - t).toBeGreaterThanOrEqual(140);
    await call('DELETE', '/_sandbox/faults');
    await fault({ status: 503, latencyMs: 150 });
    t = Date.now();
    expect((await call('GET', CHECK, { token })).status).toBe(503);
    expect(Date.now() - t).toBeGreaterThanOrEqual(140);
    await call('DELETE', '/_sandbox/faults');
    t = Date.now();
    await call('GET', CHECK, { token });
    expect(Date.now() - t).toBeLessThan(140);
  });

  it('a delayed invite lands after the delay even when the client gave up on it (an unknown outcome); method scopes a fault', async () => {
    const { token, id } = await account({ seats: 2 });
    await fault({ path: '/invites', method: 'POST', latencyMs: 300 });
    const gaveUp = await fetch(`${sb.url}/backend-api/accounts/${id}/invites`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ email_addresses: ['late@example.com'] }),
      signal: AbortSignal.timeout(50),
    }).then(() => 'answered', (err: Error) => err.name);
    expect(gaveUp).toBe('TimeoutError');
    // The GET of the same path is not delayed, and shows nothing until the delay is over.
    let t = Date.now();
    expect((await call('GET', `/backend-api/accounts/${id}/invites`, { token })).body.items).toEqual([]);
    expect(Date.now() - t).toBeLessThan(250);
    const deadline = Date.now() + 5_000;
    for (;;) {
      const items = (await call('GET', `/backend-api/accounts/${id}/invites`, { token })).body.items;
      if (items.length) {
        expect(items.map((i: { email_address: string }) => i.email_address)).toEqual(['late@example.com']);
        break;
      }
      if (Date.now() > deadline) throw new Error('the abandoned invite never landed');
      await new Promise((r) => setTimeout(r, 20));
    }
    t = Date.now();
    expect((await call('GET', CHECK, { token })).status).toBe(200);
    expect(Date.now() - t).toBeLessThan(250);
  });

  it('a profile gives every upstream request its latency (seeded jitter) and caps the requests worked on at once', async () => {
    const own = await startSandbox({ port: 0, profile: { latencyMs: 100, jitterMs: 20, capacity: 2, seed: 7 } });
    try {
      const created = (await (await fetch(`${own.url}/_sandbox/accounts`, { method: 'POST', body: '{}' })).json()) as { accessToken: string };
      const started = Date.now();
      const statuses = await Promise.all(Array.from({ length: 6 }, () =>
        fetch(`${own.url}${CHECK}`, { headers: { authorization: `Bearer ${created.accessToken}` } }).then((r) => r.status)));
      const took = Date.now() - started;
      expect(statuses).toEqual([200, 200, 200, 200, 200, 200]);
      // 6 requests, 2 at a time, 100–120 ms each: three waves.
      expect(took).toBeGreaterThanOrEqual(290);
      const load = ((await (await fetch(`${own.url}/_sandbox/requests`)).json()) as { load: any }).load;
      expect(load).toMatchObject({ peakActive: 2, profile: { latencyMs: 100, jitterMs: 20, capacity: 2, seed: 7 } });
      expect(load.maxQueueMs).toBeGreaterThanOrEqual(90);
      // The control surface is never queued or delayed.
      const t = Date.now();
      await fetch(`${own.url}/healthz`);
      expect(Date.now() - t).toBeLessThan(90);
    } finally {
      await own.close();
    }
  });

  it('refuses a fault with an unknown method', async () => {
    expect((await call('POST', '/_sandbox/faults', { body: { latencyMs: 10, method: 'BREW' } })).body).toMatchObject({ error: 'invalid_fault' });
  });

  it('DELETE /_sandbox/faults/:id removes one fault', async () => {
    const { token } = await account();
    const fid = await fault({ status: 500 });
    expect((await call('DELETE', `/_sandbox/faults/${fid}`)).status).toBe(200);
    expect((await call('DELETE', `/_sandbox/faults/${fid}`)).status).toBe(404);
    expect((await call('GET', CHECK, { token })).status).toBe(200);
  });

  it.each([{ status: 404 }, { rate: 2, status: 500 }, { latencyMs: -1 }, { count: 0, status: 500 }, {}, { status: 500, accountId: 5 }])(
    'rejects invalid fault %j with 400',
    async (body) => {
      const r = await call('POST', '/_sandbox/faults', { body });
      expect(r.status).toBe(400);
      expect(r.body.error).toBe('invalid_fault');
    },
  );

  it('close() does not hang on requests waiting out latency', async () => {
    const own = await startSandbox();
    await fetch(`${own.url}/_sandbox/faults`, { method: 'POST', body: JSON.stringify({ latencyMs: 60_000 }) });
    const pending = fetch(`${own.url}${CHECK}`).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 50));
    const t = Date.now();
    await own.close();
    expect(Date.now() - t).toBeLessThan(2000);
    // The socket is torn down, so fetch rejects (its TypeError comes from another realm, hence no instanceof).
    expect(await pending).toMatchObject({ message: 'fetch failed' });
  });
});

describe('sandbox state file', () => {
  it('keeps accounts, members and invites across a restart', async () => {
    const { mkdtempSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const stateFile = join(mkdtempSync(join(tmpdir(), 'sandbox-')), 'state.json');
    const first = await startSandbox({ port: 0, stateFile });
    const created = (await (await fetch(`${first.url}/_sandbox/accounts`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ seats: 2 }) })).json()) as any;
    const id = created.accountIds[0];
    await fetch(`${first.url}/backend-api/accounts/${id}/invites`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${created.accessToken}` },
      body: JSON.stringify({ email_addresses: ['kept@example.com'] }),
    });
    await first.close();
    const second = await startSandbox({ port: 0, stateFile });
    try {
      const res = await fetch(`${second.url}/backend-api/accounts/${id}/invites`, { headers: { authorization: `Bearer ${created.accessToken}` } });
      expect(res.status).toBe(200);
      expect(((await res.json()) as any).items.map((i: any) => i.email_address)).toEqual(['kept@example.com']);
    } finally {
      await second.close();
    }
  });
});
