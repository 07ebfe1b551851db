/**
 * The e2e stack with pool as its own Node process (everything else in-process, as in harness.ts),
 * so a test can `kill -9` pool in the middle of a burst and start it again on the same port and
 * database: what a crash does to in-flight placements, held seats and reserved codes.
 */
import { createLogger } from '@seatpool/kit';
import { throwawayDatabase } from '@seatpool/kit/testing';
import { startSandbox } from '@seatpool/pool/src/provider/sandbox/server';
import { startStats } from '@seatpool/stats/src/app';
import { startUsers } from '@seatpool/users/src/app';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { startGateway } from '../../../src/app';
import { ADMIN_PASSWORD, graphqlClient } from '../harness';
import { freePort, startService, type Service } from './processes';

const POOL_ENTRY = 'subgraphs/pool/src/main.ts';

export type ProcessStack = Awaited<ReturnType<typeof startStackWithPoolProcess>>;

/** `env` adds to every service's settings (POOL_* reach only pool, USERS_* only users, as under `npm start`). */
export async function startStackWithPoolProcess(env: NodeJS.ProcessEnv = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'seatpool-crash-'));
  const logs: string[] = [];
  const sink = new Writable({ write(chunk, _enc, cb) { logs.push(String(chunk)); cb(); } });
  const logger = (name: string) => createLogger(name, 'info', sink);
  const secret = randomBytes(32).toString('base64url');
  const dbs = await Promise.all(
    (['USERS', 'POOL'] as const).filter((d) => process.env[`${d}_DATABASE_URL`]).map(async (d) => {
      const db = await throwawayDatabase(process.env[`${d}_DATABASE_URL`]!, `crash_${d}`);
      return { variable: `${d}_DATABASE_URL`, ...db };
    }),
  );
  const shared: NodeJS.ProcessEnv = {
    APOLLO_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'test',
    SEATPOOL_DATA_DIR: dataDir,
    SEATPOOL_SIGNING_SECRET: secret,
    SEATPOOL_LOG_LEVEL: 'info',
  };
  const withPrefix = (prefix: string) => Object.fromEntries(Object.entries(env).filter(([k]) => k.startsWith(prefix)));
  const dbUrl = (d: 'USERS' | 'POOL') => dbs.find((db) => db.variable === `${d}_DATABASE_URL`)?.url;

  const sandbox = await startSandbox({ port: 0 });
  const poolPort = await freePort();
  const poolEnv: NodeJS.ProcessEnv = {
    ...shared,
    POOL_PORT: String(poolPort),
    POOL_UPSTREAM_URL: `${sandbox.url}/backend-api`,
    ...(dbUrl('POOL') ? { POOL_DATABASE_URL: dbUrl('POOL') } : {}),
    ...withPrefix('POOL_'),
  };
  let pool: Service = await startService('pool', POOL_ENTRY, poolEnv, poolPort);
  const poolUrl = pool.url;
  const users = await startUsers(
    { ...shared, ADMIN_PASSWORD, USERS_PORT: '0', USERS_POOL_URL: poolUrl, ...(dbUrl('USERS') ? { USERS_DATABASE_URL: dbUrl('USERS') } : {}), ...withPrefix('USERS_') },
    { logger: logger('users') },
  );
  const stats = await startStats({ ...shared, STATS_PORT: '0' }, { logger: logger('stats') });
  const gateway = await startGateway(
    {
      ...shared,
      GATEWAY_PORT: '0',
      GATEWAY_USERS_URL: users.url,
      GATEWAY_POOL_URL: poolUrl,
      GATEWAY_STATS_URL: stats.url,
      // One test client plays every buyer; the limits have their own tests.
      GATEWAY_PUBLIC_RATE_PER_MINUTE: '100000', GATEWAY_PUBLIC_SUBJECT_RATE_PER_MINUTE: '100000',
      GATEWAY_LOGIN_RATE_PER_5MIN: '1000', GATEWAY_LOGIN_ACCOUNT_RATE_PER_5MIN: '100000',
      GATEWAY_RESEND_RATE_PER_HOUR: '100000', GATEWAY_API_KEY_RATE_PER_MINUTE: '100000',
      // As in harness.ts: on a loaded 2-core machine a session check may wait longer than production's 5 s.
      GATEWAY_AUTH_TIMEOUT_MS: '30000',
      ...withPrefix('GATEWAY_'),
    },
    { logger: logger('gateway') },
  );
  const gql = graphqlClient(gateway.url);
  const control = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${sandbox.url}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`sandbox ${method} ${path}: HTTP ${res.status} ${text}`);
    return text ? JSON.parse(text) : undefined;
  };

  return {
    logs, sandbox, users, gateway, gql, control,
    get pool() {
      return pool;
    },
    /** `kill -9` of the pool process: no shutdown hook runs, in-flight work is cut where it stands. */
    async killPool() {
      await pool.kill('SIGKILL');
    },
    /** Starts pool again on the same port and database (the way an orchestrator restarts it). */
    async restartPool() {
      pool = await startService('pool', POOL_ENTRY, poolEnv, poolPort);
    },
    async admin() {
      const res = await gql('mutation($i: AdminLoginInput!) { adminLogin(input: $i) { token } }', { i: { password: ADMIN_PASSWORD } });
      return graphqlClient(gateway.url, res.data.adminLogin.token as string);
    },
    /** A sandbox account with one workspace of `seats` seats: `{ accessToken, accountIds }`. */
    sandboxAccount: (seats: number) => control('POST', '/_sandbox/accounts', { seats }) as Promise<{ accessToken: string; accountIds: string[] }>,
    /** Everyone the upstream shows in a workspace apart from its owner: pending invites and members. */
    async occupants(accountId: string): Promise<string[]> {
      const ws = await control('GET', `/_sandbox/accounts/${accountId}`);
      return [...ws.invites.map((i: { email_address: string }) => i.email_address), ...ws.members.filter((m: { role: string }) => m.role !== 'account-owner').map((m: { email: string }) => m.email)];
    },
    async stop() {
      await gateway.close();
      await stats.close();
      await users.close();
      await pool.kill('SIGTERM');
      await sandbox.close();
      rmSync(dataDir, { recursive: true, force: true });
      await Promise.all(dbs.map((db) => db.drop()));
    },
  };
}
