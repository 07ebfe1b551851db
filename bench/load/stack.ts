/**
 * The load benchmark's stack: sandbox, pool, users, stats and gateway, each its own Node process
 * (as with `npm start`), on loopback ports, on SQLite files in a temp dir or on throwaway
 * PostgreSQL databases. Public rate limits are raised through GATEWAY_RATE_RULES so that one client
 * can play many customers; maintenance rounds run (the reconciler settles what a burst leaves).
 * BENCH_LOAD_PROFILE=gateway,users writes a V8 CPU profile of those services (--cpu-prof) into
 * BENCH_LOAD_PROFILE_DIR/<service>-<backend> (default ./bench-profiles) when they stop (one file per
 * thread: the largest is the service's main thread).
 */
import { throwawayDatabase } from '@seatpool/kit/testing';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SERVICE_NODE_FLAGS } from '../../scripts/start/services';
import { freePort, waitFor } from '../processes';

export const PASSWORD = 'bench-load-password-0123';
const ROOT = resolve(__dirname, '../..');
const SERVICES = ['sandbox', 'pool', 'users', 'stats', 'gateway'] as const;
const PROFILED = new Set((process.env.BENCH_LOAD_PROFILE ?? '').split(',').map((s) => s.trim()).filter(Boolean));
const PROFILE_DIR = resolve(process.env.BENCH_LOAD_PROFILE_DIR ?? 'bench-profiles');
type Name = (typeof SERVICES)[number];

// One permissive rule replaces the whole table: the limits have their own tests, here they would only count.
const RATE_RULES = JSON.stringify([{ name: 'bench', fields: '*', callers: ['anonymous', 'admin', 'apikey'], by: 'address', limit: 100_000_000, windowSeconds: 60 }]);

// A shared, loaded machine starts 5 tsx processes slowly.
const START_TIMEOUT_MS = 240_000;

// BENCH_LOAD_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles every service of the stack.
// The services run with the V8 flags `npm start` gives them; BENCH_LOAD_NODE_ARGS adds to them.
const nodeArgs = [...SERVICE_NODE_FLAGS, ...(process.env.BENCH_LOAD_NODE_ARGS ?? '').split(' ').filter(Boolean)];

export type Backend = 'sqlite' | 'postgres';
export type LoadStack = Awaited<ReturnType<typeof startLoadStack>>;

export async function startLoadStack(backend: Backend, pgBase = 'postgres://postgres@127.0.0.1:5432/postgres') {
  const dataDir = mkdtempSync(join(tmpdir(), 'seatpool-bench-load-'));
  const dbs = backend === 'postgres' ? { users: await throwawayDatabase(pgBase, 'load_users'), pool: await throwawayDatabase(pgBase, 'load_pool') } : null;
  const ports = Object.fromEntries(await Promise.all(SERVICES.map(async (s) => [s, await freePort()] as const))) as Record<Name, number>;
  const base = (name: Name) => `http://127.0.0.1:${ports[name]}`;
  const secret = randomBytes(32).toString('base64url');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH, HOME: process.env.HOME, APOLLO_TELEMETRY_DISABLED: '1', NODE_ENV: 'test', SEATPOOL_LOG_LEVEL: 'warn',
    SEATPOOL_DATA_DIR: dataDir, SEATPOOL_SIGNING_SECRET: secret, ADMIN_PASSWORD: PASSWORD, SEATPOOL_DEMO: '0',
    SANDBOX_PORT: String(ports.sandbox), POOL_PORT: String(ports.pool), USERS_PORT: String(ports.users), STATS_PORT: String(ports.stats), GATEWAY_PORT: String(ports.gateway),
    POOL_UPSTREAM_URL: `${base('sandbox')}/backend-api`, USERS_POOL_URL: `${base('pool')}/graphql`,
    GATEWAY_USERS_URL: `${base('users')}/graphql`, GATEWAY_POOL_URL: `${base('pool')}/graphql`, GATEWAY_STATS_URL: `${base('stats')}/graphql`,
    GATEWAY_RATE_RULES: RATE_RULES,
    USERS_MAINTENANCE_INTERVAL_MS: '2000', POOL_MAINTENANCE_INTERVAL_MS: '5000',
    ...(process.env.SEATPOOL_DB_POOL_MAX ? { SEATPOOL_DB_POOL_MAX: process.env.SEATPOOL_DB_POOL_MAX } : {}),
  };
  const envOf = (name: Name): NodeJS.ProcessEnv => ({
    ...env,
    ...(name === 'users' && dbs ? { USERS_DATABASE_URL: dbs.users.url } : {}),
    ...(name === 'pool' && dbs ? { POOL_DATABASE_URL: dbs.pool.url } : {}),
  });
  const procs: ChildProcess[] = [];
  const pids = {} as Record<Name, number>;
  // However the benchmark ends (its time limit included), no service outlives it.
  process.once('exit', () => procs.forEach((p) => p.exitCode === null && p.kill('SIGKILL')));
  const start = async (name: Name, ready: string) => {
    const output: string[] = [];
    const profile = PROFILED.has(name) ? ['--cpu-prof', `--cpu-prof-dir=${join(PROFILE_DIR, `${name}-${backend}`)}`] : [];
    const proc = spawn(process.execPath, [...nodeArgs, ...profile, '--import', 'tsx', resolve(ROOT, 'bench/serve.ts'), name], { cwd: ROOT, env: envOf(name), stdio: ['ignore', 'pipe', 'pipe'] });
    proc.stdout!.on('data', (c) => output.push(String(c)));
    proc.stderr!.on('data', (c) => output.push(String(c)));
    // BENCH_LOAD_LOG_DIR=/tmp/logs keeps each service's log (<name>.log) for a look after the run.
    if (process.env.BENCH_LOAD_LOG_DIR) {
      const log = createWriteStream(join(process.env.BENCH_LOAD_LOG_DIR, `${name}.log`));
      proc.stdout!.pipe(log);
      proc.stderr!.pipe(log);
    }
    procs.push(proc);
    pids[name] = proc.pid ?? 0;
    await waitFor(`${base(name)}${ready}`, proc, output, START_TIMEOUT_MS);
  };
  const stop = async () => {
    await Promise.all(procs.map((p) => new Promise<void>((r) => {
      if (p.exitCode !== null) return r();
      const timer = setTimeout(() => p.kill('SIGKILL'), 10_000);
      p.once('exit', () => (clearTimeout(timer), r()));
      p.kill('SIGTERM');
    })));
    rmSync(dataDir, { recursive: true, force: true });
    if (dbs) await Promise.all([dbs.users.drop(), dbs.pool.drop()]).catch(() => undefined);
  };
  try {
    await start('sandbox', '/healthz');
    await Promise.all([start('pool', '/readyz'), start('users', '/readyz'), start('stats', '/readyz')]);
    await start('gateway', '/readyz');
  } catch (err) {
    await stop();
    throw err;
  }
  return {
    backend,
    secret,
    /** Each service's process id (for CPU accounting). */
    pids,
    gateway: `${base('gateway')}/graphql`,
    pool: `${base('pool')}/graphql`,
    users: `${base('users')}/graphql`,
    usersHealth: `${base('users')}/healthz`,
    sandbox: base('sandbox'),
    stop,
  };
}
