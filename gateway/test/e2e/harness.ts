/**
 * Boots the whole system in this process over real HTTP: sandbox upstream, pool, users, stats
 * (notify on request) and the gateway, each on an ephemeral port, with SQLite files in a temp dir (or PostgreSQL
 * when USERS_DATABASE_URL / POOL_DATABASE_URL are set) and every log line captured.
 */
import { createLogger } from '@seatpool/kit';
import { throwawayDatabase } from '@seatpool/kit/testing';
import { startNotify } from '@seatpool/notify/src/app';
import { startPool } from '@seatpool/pool/src/app';
import { startSandbox } from '@seatpool/pool/src/provider/sandbox/server';
import { startStats } from '@seatpool/stats/src/app';
import { startUsers } from '@seatpool/users/src/app';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { startGateway, type GatewayOptions } from '../../src/app';

export const ADMIN_PASSWORD = 'e2e-Admin-password-0123';

/**
 * The timeout of a `beforeAll` that boots a stack: a boot takes seconds, but on a 2-core machine
 * shared with other work it has taken over a minute (jest's 60 s default then failed whole files).
 */
export const STACK_BOOT_MS = 180_000;

export type Stack = Awaited<ReturnType<typeof startStack>>;

export interface StackOptions {
  /** Passed to the gateway (e.g. a stand-in API-key verifier). */
  gateway?: Omit<GatewayOptions, 'logger'>;
  /**
   * Also runs the notify subgraph (webhooks), with these NOTIFY_* settings when an object. Opt-in:
   * its loops poll pool and users, which the other files need not pay for.
   */
  notify?: boolean | NodeJS.ProcessEnv;
}

export async function startStack(extra: NodeJS.ProcessEnv = {}, opts: StackOptions = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'seatpool-e2e-'));
  const logs: string[] = [];
  const sink = new Writable({ write(chunk, _enc, cb) { logs.push(String(chunk)); cb(); } });
  const logger = (name: string) => createLogger(name, 'debug', sink);
  const secret = randomBytes(32).toString('base64url');
  // On PostgreSQL (CI's second pass) every stack gets its own empty databases.
  const dbs = await Promise.all(
    (['USERS', 'POOL', 'NOTIFY'] as const).filter((d) => process.env[`${d}_DATABASE_URL`] && (d !== 'NOTIFY' || opts.notify)).map(async (d) => {
      const db = await throwawayDatabase(process.env[`${d}_DATABASE_URL`]!, `e2e_${d}`);
      return { variable: `${d}_DATABASE_URL`, ...db };
    }),
  );
  const env: NodeJS.ProcessEnv = {
    APOLLO_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'test',
    SEATPOOL_DATA_DIR: dataDir,
    SEATPOOL_SIGNING_SECRET: secret,
    ADMIN_PASSWORD,
    USERS_PORT: '0', POOL_PORT: '0', STATS_PORT: '0', GATEWAY_PORT: '0',
    // Races send many public calls from one address; the limits have their own tests.
    GATEWAY_PUBLIC_RATE_PER_MINUTE: '100000', GATEWAY_LOGIN_RATE_PER_5MIN: '1000',
    GATEWAY_PUBLIC_SUBJECT_RATE_PER_MINUTE: '100000', GATEWAY_RESEND_RATE_PER_HOUR: '100000',
    GATEWAY_LOGIN_ACCOUNT_RATE_PER_5MIN: '100000', GATEWAY_API_KEY_RATE_PER_MINUTE: '100000',
    // On PostgreSQL three test files' stacks (and scale-out's 4 replicas) share its 100 connections.
    SEATPOOL_DB_POOL_MAX: '8',
    // Three test files run at once on 2 cores: a session check may wait longer than production's 5 s.
    GATEWAY_AUTH_TIMEOUT_MS: '30000',
    // With Redis (CI's second pass) the gateway counts there; a prefix per stack keeps files apart.
    ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL, GATEWAY_REDIS_PREFIX: `seatpool:test:${randomBytes(6).toString('hex')}:` } : {}),
    ...Object.fromEntries(dbs.map((db) => [db.variable, db.url])),
    ...extra,
  };
  const sandbox = await startSandbox({ port: 0 });
  const poolEnv = { ...env, POOL_UPSTREAM_URL: `${sandbox.url}/backend-api`, USERS_DATABASE_URL: undefined };
  let pool = await startPool(poolEnv, { logger: logger('pool') });
  const users = await startUsers({ ...env, USERS_POOL_URL: pool.url, POOL_DATABASE_URL: undefined }, { logger: logger('users') });
  const stats = await startStats(env, { logger: logger('stats') });
  const notify = opts.notify
    ? await startNotify(
        { ...env, NOTIFY_PORT: '0', NOTIFY_POOL_URL: pool.url, NOTIFY_USERS_URL: users.url, USERS_DATABASE_URL: undefined, POOL_DATABASE_URL: undefined, ...(typeof opts.notify === 'object' ? opts.notify : {}) },
        { logger: logger('notify') },
      )
    : undefined;
  const gatewayEnv = () => ({ ...env, GATEWAY_USERS_URL: users.url, GATEWAY_POOL_URL: pool.url, GATEWAY_STATS_URL: stats.url, ...(notify ? { GATEWAY_NOTIFY_URL: notify.url } : {}) });
  const gateway = await startGateway(gatewayEnv(), { ...opts.gateway, logger: logger('gateway') });
  const extraGateways: Awaited<ReturnType<typeof startGateway>>[] = [];
  const gql = graphqlClient(gateway.url);
  const stack = {
    env, secret, dataDir, logs, sandbox, pool, users, stats, notify, gateway, gql,
    /** Another gateway on the same subgraphs (and the same Redis prefix), e.g. in production mode; stopped with the stack. */
    async extraGateway(extraEnv: NodeJS.ProcessEnv = {}, gatewayOpts: Omit<GatewayOptions, 'logger'> = opts.gateway ?? {}) {
      const g = await startGateway({ ...gatewayEnv(), ...extraEnv }, { ...gatewayOpts, logger: logger('gateway') });
      extraGateways.push(g);
      return Object.assign(g, { gql: graphqlClient(g.url) });
    },
    /** Starts pool again on its old port (after a test closed it), on the same database. */
    async restartPool() {
      pool = await startPool({ ...poolEnv, POOL_PORT: String(pool.port) }, { logger: logger('pool') });
      stack.pool = pool;
    },
    /** Logs in through the gateway and returns a client that sends the bearer token. */
    async admin() {
      const res = await gql('mutation($i: AdminLoginInput!) { adminLogin(input: $i) { token expiresAt } }', { i: { password: ADMIN_PASSWORD } });
      const token = res.data.adminLogin.token as string;
      return Object.assign(graphqlClient(gateway.url, token), { token });
    },
    /** A fresh sandbox workspace (upstream account) with `seats` seats. */
    async sandboxAccount(seats: number, teams = 1) {
      const res = await fetch(`${sandbox.url}/_sandbox/accounts`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ seats, teams }),
      });
      return (await res.json()) as { accessToken: string; accountIds: string[] };
    },
    async sandboxState(accountId: string) {
      return (await (await fetch(`${sandbox.url}/_sandbox/accounts/${accountId}`)).json()) as {
        members: { email: string; role: string }[]; invites: { email_address: string }[]; seats: number;
      };
    },
    async stop() {
      for (const g of extraGateways) await g.close();
      await gateway.close();
      await stats.close();
      await notify?.close().catch(() => undefined); // a test may have closed it already
      await users.close();
      await pool.close().catch(() => undefined); // a test may have closed it already
      await sandbox.close();
      rmSync(dataDir, { recursive: true, force: true });
      await Promise.all(dbs.map((db) => db.drop()));
    },
  };
  return stack;
}

export type GqlResult = { data?: any; errors?: { message: string; extensions?: Record<string, any> }[]; status: number };

export function graphqlClient(url: string, token?: string) {
  return async (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<GqlResult> => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { ...((await res.json()) as object), status: res.status };
  };
}

export const codeOf = (r: GqlResult) => r.errors?.[0]?.extensions?.code;

/** A logged-in admin client as `stack.admin()` returns it. */
export type AdminClient = Awaited<ReturnType<Stack['admin']>>;

/** Runs an admin operation that must succeed and returns its data. */
export async function expectData(client: AdminClient, query: string, variables: Record<string, unknown> = {}) {
  const res = await client(query, variables);
  expect(res.errors).toBeUndefined();
  return res.data;
}

let shared: Promise<Stack> | null = null;

/**
 * One default stack for every suite of a test file (`shared-stack-*.test.ts` imports several
 * `*.suite.ts`): a stack costs about 3 CPU-seconds of module loading and boot, so suites that need
 * nothing special share one. Its `stop` is a no-op for the suites; `stopSharedStack` (the file's
 * last `afterAll`) stops it. Suites on a shared stack make their own data (their own mothers,
 * groups, codes) and never count what another suite may have made.
 */
export function sharedStack(): Promise<Stack> {
  shared ??= startStack();
  return shared.then((stack) => ({ ...stack, stop: async () => undefined }));
}

export async function stopSharedStack(): Promise<void> {
  const stack = await shared;
  shared = null;
  await stack?.stop();
}

/** The shared stack and a logged-in admin client of it (a suite's `beforeAll(async () => ({ stack, admin } = await sharedAdmin()))`). */
export async function sharedAdmin(): Promise<{ stack: Stack; admin: AdminClient }> {
  const stack = await sharedStack();
  return { stack, admin: await stack.admin() };
}
