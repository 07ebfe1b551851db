// Creating workspaces, their tokens, and the errors of auth and account look-ups.
import { account, call, CHECK, invite, useSandbox, UUID_RE } from './support';

useSandbox();

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
