// Fault injection: status faults and their bodies, filters (account, path, method), count, seeded rate, validation.
import { startSandbox } from '../../src/provider/sandbox/server';
import { account, call, CHECK, fault, invite, useSandbox } from './support';

useSandbox();

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

  it('rate rolls are seeded: two sandboxes with one seed fail the same requests', async () => {
    const pattern = async (seed: number) => {
      const own = await startSandbox({ profile: { seed } });
      try {
        const { token } = await account({}, own);
        await fault({ status: 500, rate: 0.5 }, own);
        let out = '';
        for (let i = 0; i < 40; i++) out += (await call('GET', CHECK, { token }, own)).status === 500 ? 'x' : '.';
        return out;
      } finally {
        await own.close();
      }
    };
    const first = await pattern(3);
    expect(first).toMatch(/x/);
    expect(first).toMatch(/\./);
    expect(await pattern(3)).toBe(first);
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
});
