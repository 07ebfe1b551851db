import { createLogger, signIdentity, type Identity } from '@seatpool/kit';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { startPool, type RunningPool } from '../../src/app';
import { startSandbox, type SandboxHandle } from '../../src/provider/sandbox/server';
import { throwawayDatabase } from '@seatpool/kit/testing';

export const SECRET = 'pool-test-signing-secret-0123456789abcdef';

/** A kind (signed with default subject, no scopes), `unsigned`, or a full identity (e.g. an API key with scopes). */
type Who = Identity['kind'] | 'unsigned' | Pick<Identity, 'kind' | 'sub' | 'scopes'>;
export interface GqlResult<T = any> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string; detail?: string } }[];
}

/** Fast provider timings so retry and failure paths finish in well under a second. */
export const TEST_ENV = {
  APOLLO_TELEMETRY_DISABLED: '1',
  NODE_ENV: 'test',
  // On PostgreSQL three test files share its 100 connections.
  SEATPOOL_DB_POOL_MAX: '8',
  POOL_PORT: '0',
  POOL_UPSTREAM_ATTEMPT_TIMEOUT_MS: '1500',
  POOL_UPSTREAM_RETRIES: '2',
  POOL_UPSTREAM_BUDGET_MS: '4000',
  POOL_HOLD_TTL_MS: '10000',
  POOL_UPSTREAM_SETTLE_MS: '5000',
  POOL_MAINTENANCE_INTERVAL_MS: '600000',
};

/**
 * The sandbox upstream in-process plus a fresh pool subgraph (own data dir) talking to it over
 * HTTP. With POOL_DATABASE_URL set, each harness gets its own scratch PostgreSQL database there.
 */
export async function startHarness(sandbox?: SandboxHandle, env: Record<string, string> = {}) {
  const ownSandbox = !sandbox;
  const upstream = sandbox ?? (await startSandbox({ port: 0 }));
  const dataDir = mkdtempSync(join(tmpdir(), 'pool-test-'));
  const pg = process.env.POOL_DATABASE_URL ? await throwawayDatabase(process.env.POOL_DATABASE_URL, 'pool') : undefined;
  const logs: string[] = [];
  const logger = createLogger('pool', 'debug', new Writable({ write: (chunk, _enc, done) => void (logs.push(String(chunk)), done()) }));
  const pool = await startPool(
    { ...TEST_ENV, SEATPOOL_DATA_DIR: dataDir, SEATPOOL_SIGNING_SECRET: SECRET, POOL_UPSTREAM_URL: `${upstream.url}/backend-api`, ...(pg ? { POOL_DATABASE_URL: pg.url } : {}), ...env },
    { logger },
  );
  const responses: string[] = [];
  const tokens: string[] = [];

  async function gql<T = any>(who: Who, query: string, variables: Record<string, unknown> = {}): Promise<GqlResult<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    const body = JSON.stringify({ query, variables });
    const binding = { audience: 'pool', body };
    if (typeof who === 'object') Object.assign(headers, signIdentity(SECRET, { ...who, rid: 'test-request-id' }, binding));
    else if (who !== 'unsigned') {
      Object.assign(headers, signIdentity(SECRET, { kind: who, sub: who === 'service' ? 'users' : `${who}-test`, scopes: [], rid: 'test-request-id' }, binding));
    }
    const res = await fetch(pool.url, { method: 'POST', headers, body });
    const text = await res.text();
    responses.push(text);
    return JSON.parse(text) as GqlResult<T>;
  }

  async function control<T = any>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${upstream.url}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`sandbox ${method} ${path}: HTTP ${res.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  return {
    pool: pool as RunningPool,
    sandbox: upstream,
    gql,
    control,
    /** Every GraphQL response body and log line so far (to prove no secret leaks). */
    transcript: () => [...responses, ...logs].join('\n'),
    /** A sandbox account: `{ accessToken, accountIds }`. */
    async account(seats: number, teams = 1) {
      const created = await control<{ accessToken: string; accountIds: string[] }>('POST', '/_sandbox/accounts', { seats, teams });
      tokens.push(created.accessToken);
      return created;
    },
    /** Every access token the sandbox minted for this harness. */
    tokens: () => [...tokens],
    async close() {
      await pool.close();
      if (ownSandbox) await upstream.close();
      await pg?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
export type Harness = Awaited<ReturnType<typeof startHarness>>;

export const CREATE_MOTHER = `mutation ($input: CreateMotherInput!) {
  createMother(input: $input) { id name status statusReason seatLimit seatsUsed seatsHeld seatsFree tokenExpiresAt createdAt
    teams { teamId name isEnabled isDefault } seats { slotIndex status email teamId } }
}`;

export const PLACE_EMAIL = `mutation ($input: PlaceEmailInput!) {
  placeEmail(input: $input) { idempotencyKey status email motherId teamId teamName alreadyMember errorCode inviteState releaseReason }
}`;

export const MOTHER = `query ($id: ID!) { mother(id: $id) { id status statusReason seatsUsed seatsHeld seatsFree seats { slotIndex status email teamId } } }`;

/** Creates a sandbox account and registers it as a mother; returns the mother id, token and team ids. */
export async function seedMother(h: Harness, seats: number, name = 'Mother') {
  const { accessToken, accountIds } = await h.account(seats);
  const res = await h.gql('admin', CREATE_MOTHER, { input: { name, accessToken, seatLimit: seats } });
  if (res.errors) throw new Error(`createMother failed: ${JSON.stringify(res.errors)}`);
  return { id: res.data.createMother.id as string, accessToken, teamId: accountIds[0] };
}

/**
 * The usual test lifecycle: one sandbox per file, a fresh pool per test (placements go to the
 * oldest active mother, so tests must not share mothers). `bind` receives both for the test body.
 */
export function usePoolPerTest(bind: (sandbox: SandboxHandle, h: Harness) => void) {
  let sandbox: SandboxHandle;
  let h: Harness;
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0 });
  });
  afterAll(() => sandbox.close());
  beforeEach(async () => {
    h = await startHarness(sandbox);
    bind(sandbox, h);
  });
  afterEach(() => h.close());
}
