// The `/_sandbox` control surface: accept, members, request counts, reset.
import { account, call, CHECK, fault, invite, useSandbox } from './support';

useSandbox();

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
