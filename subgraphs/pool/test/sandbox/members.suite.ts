// The upstream workspace API: invites (seat limit, idempotency, paging) and users.
import { account, call, invite, useSandbox, UUID_RE } from './support';

useSandbox();

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
