// The sandbox as a server: ports, probes, unknown routes, hostile bodies, state per instance and on disk.
import { startSandbox } from '../../src/provider/sandbox/server';
import { account, call, CHECK, sandbox, useSandbox } from './support';

useSandbox();

describe('server basics', () => {
  it('listens on an ephemeral port on 127.0.0.1', () => {
    expect(sandbox().port).toBeGreaterThan(0);
    expect(sandbox().url).toBe(`http://127.0.0.1:${sandbox().port}`);
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
