/**
 * The stack with users as its own Node process (so a test can `kill -9` it and start it again on
 * the same port and database): sandbox upstream, pool, stats and the gateway run in this process.
 * SQLite files live in a temp dir; on PostgreSQL (CI's second pass) each stack gets throwaway
 * databases, as the in-process harness does.
 */
import { createLogger } from '@seatpool/kit';
import { throwawayDatabase } from '@seatpool/kit/testing';
import { startPool } from '@seatpool/pool/src/app';
import { startSandbox } from '@seatpool/pool/src/provider/sandbox/server';
import { startStats } from '@seatpool/stats/src/app';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { startGateway } from '../../../src/app';
import { ADMIN_PASSWORD, graphqlClient } from '../harness';
import { freePort, startService, type Service } from './processes';

export type ChildUsersStack = Awaited<ReturnType<typeof startChildUsersStack>>;

export async function startChildUsersStack(usersEnv: NodeJS.ProcessEnv = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'seatpool-child-users-'));
  const logs: string[] = [];
  const sink = new Writable({ write(chunk, _enc, cb) { logs.push(String(chunk)); cb(); } });
  const logger = (name: string) => createLogger(name, 'debug', sink);
  const secret = randomBytes(32).toString('base64url');
  const dbs = await Promise.all(
    (['USERS', 'POOL'] as const).filter((d) => process.env[`${d}_DATABASE_URL`]).map(async (d) => ({ d, ...(await throwawayDatabase(process.env[`${d}_DATABASE_URL`]!, `child_${d}`)) })),
  );
  const dbUrl = (d: 'USERS' | 'POOL') => dbs.find((db) => db.d === d)?.url;
  const common = { APOLLO_TELEMETRY_DISABLED: '1', NODE_ENV: 'test', SEATPOOL_DATA_DIR: dataDir, SEATPOOL_SIGNING_SECRET: secret };
  const sandbox = await startSandbox({ port: 0 });
  const pool = await startPool({ ...common, POOL_PORT: '0', POOL_UPSTREAM_URL: `${sandbox.url}/backend-api`, POOL_DATABASE_URL: dbUrl('POOL') }, { logger: logger('pool') });
  const stats = await startStats({ ...common, STATS_PORT: '0' }, { logger: logger('stats') });
  const usersPort = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...common,
    SEATPOOL_LOG_LEVEL: 'info',
    ADMIN_PASSWORD,
    USERS_PORT: String(usersPort),
    USERS_POOL_URL: pool.url,
    // The key file in the data dir is shared by every start, so codes and sessions survive a restart.
    ...(dbUrl('USERS') ? { USERS_DATABASE_URL: dbUrl('USERS') } : {}),
    ...usersEnv,
  };
  let users: Service = await startService('users', 'subgraphs/users/src/main.ts', env, usersPort);
  const gateway = await startGateway(
    {
      ...common, GATEWAY_PORT: '0', GATEWAY_USERS_URL: users.url, GATEWAY_POOL_URL: pool.url, GATEWAY_STATS_URL: stats.url,
      GATEWAY_PUBLIC_RATE_PER_MINUTE: '100000', GATEWAY_PUBLIC_SUBJECT_RATE_PER_MINUTE: '100000', GATEWAY_LOGIN_RATE_PER_5MIN: '1000',
      GATEWAY_LOGIN_ACCOUNT_RATE_PER_5MIN: '100000', GATEWAY_RESEND_RATE_PER_HOUR: '100000',
    },
    { logger: logger('gateway') },
  );
  const stack = {
    dataDir, logs, sandbox, pool, gateway, gql: graphqlClient(gateway.url),
    get users() {
      return users;
    },
    /** `kill -9` of the users process: no shutdown hook runs, leases and in-flight work are left as they are. */
    async killUsers() {
      await users.kill('SIGKILL');
    },
    /** Starts users again on the same port, database and key file. */
    async restartUsers() {
      users = await startService('users', 'subgraphs/users/src/main.ts', env, usersPort);
    },
    async admin() {
      const res = await stack.gql('mutation($i: AdminLoginInput!) { adminLogin(input: $i) { token } }', { i: { password: ADMIN_PASSWORD } });
      return graphqlClient(gateway.url, res.data.adminLogin.token as string);
    },
    async stop() {
      await users.kill().catch(() => undefined);
      await gateway.close();
      await stats.close();
      await pool.close();
      await sandbox.close();
      rmSync(dataDir, { recursive: true, force: true });
      await Promise.all(dbs.map((db) => db.drop()));
    },
  };
  return stack;
}
