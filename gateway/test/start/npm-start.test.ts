/**
 * `npm start` itself (scripts/start.ts as a child process) on non-default ports: every service
 * must find the others through the moved ports — the gateway its subgraphs, users pool, pool the
 * sandbox (demo seeding and a redeem prove it) — and Ctrl-C must stop everything.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

const root = resolve(__dirname, '../../..');

/** Distinct free ports, held open until all are chosen so none repeats. */
async function freePorts(n: number): Promise<number[]> {
  const servers: Server[] = [];
  const ports: number[] = [];
  while (ports.length < n) {
    const s = createServer();
    await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
    servers.push(s);
    ports.push((s.address() as { port: number }).port);
  }
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  return ports;
}

describe('npm start on non-default ports', () => {
  let proc: ChildProcess | undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'seatpool-start-'));
  afterAll(async () => {
    if (proc && proc.exitCode === null && proc.signalCode === null) {
      proc.kill('SIGKILL');
      await new Promise((r) => proc!.once('exit', r));
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts, serves GraphQL through the gateway, redeems against the moved sandbox, stops on SIGINT', async () => {
    const [gateway, users, pool, stats, notify, sandbox] = await freePorts(6);
    const env: NodeJS.ProcessEnv = { ...process.env };
    // The embedded backend: this test is about ports, not databases.
    for (const k of ['USERS_DATABASE_URL', 'POOL_DATABASE_URL', 'NOTIFY_DATABASE_URL', 'REDIS_URL', 'POOL_UPSTREAM_URL', 'SEATPOOL_DEMO', 'SEATPOOL_SANDBOX', 'ADMIN_PASSWORD']) delete env[k];
    Object.assign(env, {
      APOLLO_TELEMETRY_DISABLED: '1',
      SEATPOOL_DATA_DIR: dataDir,
      SEATPOOL_LOG_LEVEL: 'warn',
      // Six processes compile TypeScript at once; a loaded CI machine needs more than the default.
      SEATPOOL_START_TIMEOUT_MS: '240000',
      GATEWAY_PORT: String(gateway), USERS_PORT: String(users), POOL_PORT: String(pool), STATS_PORT: String(stats), NOTIFY_PORT: String(notify), SANDBOX_PORT: String(sandbox),
    });
    proc = spawn(resolve(root, 'node_modules/.bin/tsx'), [resolve(root, 'scripts/start.ts')], { env, cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const stderr: string[] = [];
    createInterface({ input: proc.stderr! }).on('line', (l) => stderr.push(l));
    const banner = await new Promise<string[]>((resolveBanner, reject) => {
      const lines: string[] = [];
      let inBanner = false;
      createInterface({ input: proc!.stdout! }).on('line', (l) => {
        if (/^─+$/.test(l)) {
          if (inBanner) resolveBanner(lines);
          inBanner = !inBanner;
        } else if (inBanner) lines.push(l);
      });
      proc!.once('exit', (code) => reject(new Error(`npm start exited (${code}) before its banner:\n${stderr.join('\n')}`)));
    });

    expect(banner).toContain(`  GraphQL:  http://127.0.0.1:${gateway}/graphql`);
    const password = /admin password \(generated, shown once\): (\S+)/.exec(banner.join('\n'))?.[1];
    const codes = /demo codes: (.+)$/m.exec(banner.join('\n'))?.[1].trim().split(/\s+/) ?? [];
    expect(password).toBeDefined();
    expect(codes).toHaveLength(5);

    const gql = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
      const res = await fetch(`http://127.0.0.1:${gateway}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as { data?: any; errors?: any[] };
    };
    const login = await gql('mutation($p: String!) { adminLogin(input: { password: $p }) { token } }', { p: password });
    expect(login.errors).toBeUndefined();
    const dash = await gql('{ dashboard { mothers { total } codes { unused } } }', {}, login.data.adminLogin.token);
    expect(dash).toEqual({ data: { dashboard: { mothers: { total: 2 }, codes: { unused: 5 } } } });
    // users → pool (USERS_POOL_URL) → sandbox (POOL_UPSTREAM_URL), all on the moved ports.
    const redeem = await gql('mutation($i: RedeemInput!) { redeem(input: $i) { status } }', { i: { code: codes[0], email: 'start-test@example.com' } });
    expect(redeem).toEqual({ data: { redeem: { status: 'INVITE_SENT' } } });

    const exited = new Promise<number | null>((r) => proc!.once('exit', (code) => r(code)));
    proc.kill('SIGINT');
    expect(await exited).toBe(0);
  }, 420_000);
});
