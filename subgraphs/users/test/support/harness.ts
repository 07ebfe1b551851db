import { createLogger, signIdentity, type Identity } from '@seatpool/kit';
import { throwawayDatabase } from '@seatpool/kit/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { startUsers, type RunningUsers } from '../../src/app';

export const SECRET = 'test-signing-secret-0123456789abcdef';

export type Caller = Omit<Identity, 'iat' | 'nonce' | 'rid' | 'aud' | 'bh'>;
export const anonymous: Caller = { kind: 'anonymous', sub: '', scopes: [], ip: '203.0.113.7' };
export const gateway: Caller = { kind: 'service', sub: 'gateway', scopes: [] };
export const adminSession = (sessionId: string): Caller => ({ kind: 'admin', sub: sessionId, scopes: [] });

export interface GqlResult<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; extensions: { code: string; [k: string]: unknown } }[];
}

/** A users service on a random port with its own temp data dir (SQLite), plus call helpers. */
export interface UsersHarness {
  users: RunningUsers;
  dataDir: string;
  env: NodeJS.ProcessEnv;
  /** Warning and error log lines (JSON), for tests that an error is reported with its context. */
  logs: string[];
  gql<T = any>(query: string, variables?: Record<string, unknown>, caller?: Caller | null, headers?: Record<string, string>): Promise<GqlResult<T>>;
  /** Logs in with the admin password and returns a caller carrying that session (as the gateway would sign it). */
  admin(password?: string): Promise<Caller>;
  close(): Promise<void>;
}

export const ADMIN_PASSWORD = 'correct horse battery staple';

export function testEnv(dataDir: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    NODE_ENV: 'test',
    APOLLO_TELEMETRY_DISABLED: '1',
    SEATPOOL_DATA_DIR: dataDir,
    SEATPOOL_SIGNING_SECRET: SECRET,
    SEATPOOL_LOG_LEVEL: 'silent',
    USERS_PORT: '0',
    USERS_MAINTENANCE_INTERVAL_MS: '3600000',
    SEATPOOL_DB_POOL_MAX: '8', // on PostgreSQL three test files share its 100 connections
    ADMIN_PASSWORD,
    ...extra,
  };
}

export const tempDir = () => mkdtempSync(join(tmpdir(), 'seatpool-users-'));

export async function startHarness(extra: NodeJS.ProcessEnv = {}): Promise<UsersHarness> {
  const dataDir = tempDir();
  // With USERS_DATABASE_URL set (CI's PostgreSQL run), each harness gets its own scratch database.
  const pg = process.env.USERS_DATABASE_URL ? await throwawayDatabase(process.env.USERS_DATABASE_URL, 'users') : null;
  const env = testEnv(dataDir, { ...(pg ? { USERS_DATABASE_URL: pg.url } : {}), ...extra });
  const logs: string[] = [];
  const sink = new Writable({ write(chunk, _enc, cb) { logs.push(String(chunk)); cb(); } });
  const users = await startUsers(env, { logger: createLogger('users', 'warn', sink) });
  const gql = async (query: string, variables: Record<string, unknown> = {}, caller: Caller | null = anonymous, extra: Record<string, string> = {}) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...extra };
    const body = JSON.stringify({ query, variables });
    if (caller) Object.assign(headers, signIdentity(SECRET, { ...caller, rid: 'test-request-0001' }, { audience: 'users', body }));
    const res = await fetch(users.url, { method: 'POST', headers, body });
    return { status: res.status, ...((await res.json()) as object) } as GqlResult;
  };
  return {
    users,
    dataDir,
    env,
    logs,
    gql,
    async admin(password = ADMIN_PASSWORD) {
      const login = await gql('mutation($p: String!) { adminLogin(input: { password: $p }) { token } }', { p: password });
      const token = login.data.adminLogin.token;
      const verified = await gql('query($t: String!) { verifySession(token: $t) { sessionId } }', { t: token }, gateway);
      return adminSession(verified.data.verifySession.sessionId);
    },
    async close() {
      await users.close();
      await pg?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const codeOf = (r: GqlResult) => r.errors?.[0]?.extensions.code;
