import { createServer } from 'node:net';
import { formatBanner } from '../../../scripts/start/banner';
import { planStart, StartConfigError } from '../../../scripts/start/plan';
import { LineTail, NotReadyError, waitReady, type Watched } from '../../../scripts/start/wait-ready';

const child = (over: Partial<Watched> = {}): Watched => ({ name: 'pool', exit: () => undefined, lastLines: () => [], ...over });

describe('npm start plan: one way to move every port', () => {
  it('derives every cross-service URL from the *_PORT variables', () => {
    const plan = planStart({ GATEWAY_PORT: '5000', USERS_PORT: '5001', POOL_PORT: '5002', STATS_PORT: '5003', NOTIFY_PORT: '5004', SANDBOX_PORT: '5010' });
    expect(plan.ports).toEqual({ gateway: 5000, users: 5001, pool: 5002, stats: 5003, notify: 5004, sandbox: 5010 });
    expect(plan.env).toMatchObject({
      GATEWAY_USERS_URL: 'http://127.0.0.1:5001/graphql',
      GATEWAY_POOL_URL: 'http://127.0.0.1:5002/graphql',
      GATEWAY_STATS_URL: 'http://127.0.0.1:5003/graphql',
      GATEWAY_NOTIFY_URL: 'http://127.0.0.1:5004/graphql',
      USERS_POOL_URL: 'http://127.0.0.1:5002/graphql',
      NOTIFY_POOL_URL: 'http://127.0.0.1:5002/graphql',
      NOTIFY_USERS_URL: 'http://127.0.0.1:5001/graphql',
      POOL_UPSTREAM_URL: 'http://127.0.0.1:5010/backend-api',
    });
    expect(plan).toMatchObject({ sandbox: true, demo: true, notes: [] });
  });

  it('keeps explicitly set URLs', () => {
    const plan = planStart({ POOL_PORT: '5002', USERS_POOL_URL: 'http://pool.internal/graphql' });
    expect(plan.env.USERS_POOL_URL).toBe('http://pool.internal/graphql');
    expect(plan.env.GATEWAY_POOL_URL).toBe('http://127.0.0.1:5002/graphql');
  });

  it('POOL_UPSTREAM_URL turns sandbox and demo off and says so; SEATPOOL_SANDBOX=1 keeps the sandbox', () => {
    const real = planStart({ POOL_UPSTREAM_URL: 'https://upstream.example/backend-api' });
    expect(real).toMatchObject({ sandbox: false, demo: false });
    expect(real.notes.join('\n')).toMatch(/sandbox upstream and demo data off: POOL_UPSTREAM_URL is set/);
    const both = planStart({ POOL_UPSTREAM_URL: 'https://upstream.example/backend-api', SEATPOOL_SANDBOX: '1', SEATPOOL_DEMO: '0' });
    expect(both).toMatchObject({ sandbox: true, demo: false });
    expect(both.env.POOL_UPSTREAM_URL).toBe('https://upstream.example/backend-api');
    expect(() => planStart({ POOL_UPSTREAM_URL: 'https://upstream.example/x', SEATPOOL_DEMO: '1' })).toThrow(/SEATPOOL_DEMO=1 needs the sandbox/);
  });

  it('refuses ports fetch cannot reach, invalid ports and clashes, all at once', () => {
    let err: unknown;
    try {
      planStart({ POOL_PORT: '6000', USERS_PORT: 'x', STATS_PORT: '4000' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(StartConfigError);
    const msg = (err as Error).message;
    expect(msg).toMatch(/POOL_PORT=6000: fetch refuses this port \("bad port"\)/);
    expect(msg).toMatch(/USERS_PORT=x: not a port/);
    expect(msg).toMatch(/STATS_PORT and GATEWAY_PORT are both 4000/);
  });
});

describe('npm start readiness wait names the cause', () => {
  it('reports fetch refusing a bad port', async () => {
    await expect(waitReady('http://127.0.0.1:6000/readyz', 300, child())).rejects.toThrow(/pool not ready after 300 ms at http:\/\/127\.0\.0\.1:6000\/readyz: last attempt: bad port/);
  });

  it('reports connection refused', async () => {
    const free = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const port = (s.address() as { port: number }).port;
        s.close(() => resolve(port));
      });
    });
    await expect(waitReady(`http://127.0.0.1:${free}/readyz`, 300, child())).rejects.toThrow(/last attempt: ECONNREFUSED/);
  });

  it("reports the child's exit code and last lines", async () => {
    const tail = new LineTail(2);
    for (const l of ['one', 'two', 'invalid configuration: POOL_ENCRYPTION_KEY']) tail.push(l);
    const err = await waitReady('http://127.0.0.1:1/readyz', 5_000, child({ exit: () => ({ code: 78, signal: null }), lastLines: () => tail.get() })).catch((e) => e);
    expect(err).toBeInstanceOf(NotReadyError);
    expect(err.message).toBe('pool exited (exit code 78) before it was ready at http://127.0.0.1:1/readyz; its last lines:\n    two\n    invalid configuration: POOL_ENCRYPTION_KEY');
  });
});

describe('npm start banner', () => {
  it('is one framed block without empty lines', () => {
    const out = formatBanner(['seatpool is ready', '', false, '  GraphQL: http://x']);
    const lines = out.split('\n');
    expect(lines[1]).toMatch(/^─{40,}$/);
    expect(lines.slice(2, 4)).toEqual(['seatpool is ready', '  GraphQL: http://x']);
    expect(lines[4]).toBe(lines[1]);
  });
});
