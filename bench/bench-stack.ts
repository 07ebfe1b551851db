/**
 * The benchmark stack: sandbox, pool, users, stats and gateway, each its own Node process (as with
 * `npm start`), on a given data directory, with quiet logs and no maintenance rounds.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { SERVICE_NODE_FLAGS } from '../scripts/start/services';
import { freePort, waitFor } from './processes';

const PASSWORD = 'bench-admin-password-0123';
const ROOT = resolve(__dirname, '..');

// A first start migrates (indexes over a million rows).
const START_TIMEOUT_MS = 300_000;

export async function startBenchStack(dataDir: string, opts: { figureCacheMs?: number } = {}) {
  const ports = { sandbox: await freePort(), pool: await freePort(), users: await freePort(), stats: await freePort(), gateway: await freePort() };
  const url = (name: keyof typeof ports) => `http://127.0.0.1:${ports[name]}`;
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH, HOME: process.env.HOME, APOLLO_TELEMETRY_DISABLED: '1', NODE_ENV: 'test', SEATPOOL_LOG_LEVEL: 'warn',
    SEATPOOL_DATA_DIR: dataDir, SEATPOOL_SIGNING_SECRET: randomBytes(32).toString('base64url'), ADMIN_PASSWORD: PASSWORD,
    SANDBOX_PORT: String(ports.sandbox), POOL_PORT: String(ports.pool), USERS_PORT: String(ports.users), STATS_PORT: String(ports.stats), GATEWAY_PORT: String(ports.gateway),
    POOL_UPSTREAM_URL: `${url('sandbox')}/backend-api`, USERS_POOL_URL: `${url('pool')}/graphql`,
    GATEWAY_USERS_URL: `${url('users')}/graphql`, GATEWAY_POOL_URL: `${url('pool')}/graphql`, GATEWAY_STATS_URL: `${url('stats')}/graphql`,
    // No maintenance round during the run (it would health-check thousands of made-up mothers).
    POOL_MAINTENANCE_INTERVAL_MS: '3600000', USERS_MAINTENANCE_INTERVAL_MS: '3600000', GATEWAY_LOGIN_RATE_PER_5MIN: '1000',
    ...(opts.figureCacheMs === undefined ? {} : { BENCH_FIGURE_CACHE_MS: String(opts.figureCacheMs) }),
  };
  const procs: ChildProcess[] = [];
  const start = async (name: keyof typeof ports, ready: string) => {
    const output: string[] = [];
    const prof = process.env.BENCH_PROFILE === name ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'] : [];
    const proc = spawn(process.execPath, [...SERVICE_NODE_FLAGS, ...prof, '--import', 'tsx', resolve(__dirname, 'serve.ts'), name], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    proc.stdout!.on('data', (c) => output.push(String(c)));
    proc.stderr!.on('data', (c) => output.push(String(c)));
    procs.push(proc);
    await waitFor(`${url(name)}${ready}`, proc, output, START_TIMEOUT_MS);
  };
  try {
    await start('sandbox', '/healthz');
    await Promise.all([start('pool', '/readyz'), start('users', '/readyz'), start('stats', '/readyz')]);
    await start('gateway', '/readyz');
  } catch (err) {
    for (const p of procs) p.kill('SIGKILL');
    throw err;
  }
  return {
    url: `${url('gateway')}/graphql`,
    password: PASSWORD,
    async stop() {
      await Promise.all(procs.map((p) => new Promise<void>((r) => (p.exitCode !== null ? r() : (p.once('exit', () => r()), p.kill('SIGTERM'))))));
    },
  };
}

export function client(url: string, token?: string) {
  const headers = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
  return async (query: string, variables: Record<string, unknown> = {}) => {
    const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as { data?: any; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
}
