/**
 * Two replicas of users and of pool on one PostgreSQL database per domain, two gateway processes
 * on one Redis. Runs in CI's PostgreSQL + Redis pass only (it needs both servers).
 */
import { startStats } from '@seatpool/stats/src/app';
import { startSandbox } from '@seatpool/pool/src/provider/sandbox/server';
import { pollUntil, throwawayDatabase } from '@seatpool/kit/testing';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { codeOf, graphqlClient, type GqlResult } from './harness';
import { freePort, startService, type Service } from './support/processes';

const USERS_DB = process.env.USERS_DATABASE_URL;
const POOL_DB = process.env.POOL_DATABASE_URL;
const REDIS = process.env.REDIS_URL;
const enabled = process.env.SEATPOOL_TEST_BACKEND === 'postgres' && !!USERS_DB && !!POOL_DB && !!REDIS;
const PASSWORD = 'scale-Admin-password-0123';
const REDEEM = `mutation($i: RedeemInput!) { redeem(input: $i) { status } }`;
const LOGIN = `mutation($i: AdminLoginInput!) { adminLogin(input: $i) { token } }`;

(enabled ? describe : describe.skip)(
  enabled ? 'scale-out: 2× users, 2× pool on PostgreSQL, 2× gateway on Redis' : 'scale-out (skipped: needs SEATPOOL_TEST_BACKEND=postgres, USERS/POOL_DATABASE_URL and REDIS_URL)',
  () => {
    const started: Service[] = [];
    const cleanup: (() => Promise<unknown>)[] = [];
    let users: Service[], pools: Service[], gateways: Service[];
    let sandboxUrl: string;
    let dbUrls: { users: string; pool: string };
    let admins: ((q: string, v?: Record<string, unknown>) => Promise<GqlResult>)[];

    beforeAll(async () => {
      const secret = randomBytes(32).toString('base64url');
      const [usersDb, poolDb] = await Promise.all([throwawayDatabase(USERS_DB!, 'scale_users'), throwawayDatabase(POOL_DB!, 'scale_pool')]);
      cleanup.push(() => usersDb.drop(), () => poolDb.drop());
      dbUrls = { users: usersDb.url, pool: poolDb.url };
      const sandbox = await startSandbox({ port: 0 });
      cleanup.push(() => sandbox.close());
      sandboxUrl = sandbox.url;
      const stats = await startStats({ SEATPOOL_SIGNING_SECRET: secret, STATS_PORT: '0', NODE_ENV: 'test', SEATPOOL_LOG_LEVEL: 'silent' });
      cleanup.push(() => stats.close());
      // Replicas share keys through configuration, never through a key file in their own data dir.
      const common = (label: string) => {
        const dataDir = mkdtempSync(join(tmpdir(), `seatpool-scale-${label}-`));
        cleanup.push(async () => rmSync(dataDir, { recursive: true, force: true }));
        // 4 replicas beside 2 other test files' stacks: PostgreSQL's 100 connections must go round.
        return { NODE_ENV: 'test', SEATPOOL_SIGNING_SECRET: secret, SEATPOOL_LOG_LEVEL: 'warn', SEATPOOL_DATA_DIR: dataDir, SEATPOOL_DB_POOL_MAX: '5' };
      };
      const keys = { USERS_CODE_KEY: randomBytes(32).toString('hex'), POOL_ENCRYPTION_KEY: randomBytes(32).toString('hex') };
      const ports = await Promise.all(Array.from({ length: 6 }, () => freePort()));
      const track = async (s: Promise<Service>) => {
        const service = await s;
        started.push(service);
        return service;
      };
      // Both replicas of a domain start at the same moment on an empty database (migrations race).
      pools = await Promise.all(['a', 'b'].map((r, i) => track(startService(`pool-${r}`, 'subgraphs/pool/src/main.ts', {
        ...common(`pool-${r}`), POOL_PORT: String(ports[i]), POOL_DATABASE_URL: poolDb.url, POOL_ENCRYPTION_KEY: keys.POOL_ENCRYPTION_KEY,
        POOL_UPSTREAM_URL: `${sandbox.url}/backend-api`, POOL_MAINTENANCE_INTERVAL_MS: '500',
      }, ports[i]))));
      users = await Promise.all(['a', 'b'].map((r, i) => track(startService(`users-${r}`, 'subgraphs/users/src/main.ts', {
        ...common(`users-${r}`), USERS_PORT: String(ports[2 + i]), USERS_DATABASE_URL: usersDb.url, USERS_CODE_KEY: keys.USERS_CODE_KEY,
        USERS_POOL_URL: pools[i].url, USERS_MAINTENANCE_INTERVAL_MS: '500', ADMIN_PASSWORD: PASSWORD,
      }, ports[2 + i]))));
      const prefix = `seatpool:test:${randomBytes(6).toString('hex')}:`;
      gateways = await Promise.all(['a', 'b'].map((r, i) => track(startService(`gateway-${r}`, 'gateway/src/main.ts', {
        ...common(`gateway-${r}`), GATEWAY_PORT: String(ports[4 + i]),
        GATEWAY_USERS_URL: users[i].url, GATEWAY_POOL_URL: pools[i].url, GATEWAY_STATS_URL: stats.url,
        REDIS_URL: REDIS, GATEWAY_REDIS_PREFIX: prefix,
        GATEWAY_PUBLIC_RATE_PER_MINUTE: '100000', GATEWAY_PUBLIC_SUBJECT_RATE_PER_MINUTE: '100000',
        GATEWAY_LOGIN_ACCOUNT_RATE_PER_5MIN: '100000', GATEWAY_LOGIN_RATE_PER_5MIN: '4',
      }, ports[4 + i]))));
      // One login (through A) is the first of the 4 login attempts this address may make.
      const login = await graphqlClient(gateways[0].url)(LOGIN, { i: { password: PASSWORD } });
      const token = login.data.adminLogin.token as string;
      admins = gateways.map((g) => graphqlClient(g.url, token));
    }, 120_000);

    afterAll(async () => {
      for (const s of started) await s.kill();
      for (const c of cleanup.reverse()) await c().catch(() => undefined);
    }, 60_000);

    it('races redeems through both gateways: every seat sold once, no code stuck', async () => {
      const accounts = await Promise.all([10, 10].map(async (seats) =>
        (await (await fetch(`${sandboxUrl}/_sandbox/accounts`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ seats }) })).json()) as { accessToken: string; accountIds: string[] }));
      const mothers: string[] = [];
      for (const [i, a] of accounts.entries()) {
        const r = await admins[i](`mutation($i: CreateMotherInput!) { createMother(input: $i) { id } }`, { i: { name: `scale-${i}`, accessToken: a.accessToken, seatLimit: 5 } });
        expect(r.errors).toBeUndefined();
        mothers.push(r.data.createMother.id);
      }
      const codes: string[] = (await admins[1](`mutation { generateCodes(input: { count: 30 }) { codes } }`)).data.generateCodes.codes;

      // 30 codes through alternating gateways, and the first 10 again, at the same moment, by a rival email through the other one.
      const attempts = [
        ...codes.map((code, i) => ({ gw: i % 2, code, email: `racer${i}@example.com` })),
        ...codes.slice(0, 10).map((code, i) => ({ gw: (i + 1) % 2, code, email: `rival${i}@example.com` })),
      ];
      const results = await Promise.all(attempts.map((a) => graphqlClient(gateways[a.gw].url)(REDEEM, { i: { code: a.code, email: a.email } })));
      const outcomes = results.map((r) => r.data?.redeem?.status ?? codeOf(r));
      expect(outcomes.filter((o) => o === 'INTERNAL' || o === 'UPSTREAM_UNAVAILABLE')).toEqual([]);
      expect(results.filter((r) => r.status >= 500)).toEqual([]);
      expect(outcomes.filter((o) => o === 'INVITE_SENT')).toHaveLength(10);

      const state = async (id: string) => (await (await fetch(`${sandboxUrl}/_sandbox/accounts/${id}`)).json()) as { invites: { email_address: string }[] };
      const invited = (await Promise.all(accounts.map((a) => state(a.accountIds[0])))).flatMap((s) => s.invites.map((i) => i.email_address));
      expect(invited).toHaveLength(10);
      expect(new Set(invited).size).toBe(10);
      for (let i = 0; i < 10; i++) expect(invited.includes(`racer${i}@example.com`) && invited.includes(`rival${i}@example.com`)).toBe(false);

      // Both gateways see one ledger; no seat is held and no code stays reserved.
      const dash = await pollUntil(async () => {
        const d = (await admins[0](`{ dashboard { codes { unused reserved used } seats { free held used } } }`)).data.dashboard;
        return d.codes.reserved === 0 && d.seats.held === 0 && d;
      }, { intervalMs: 200, what: 'nothing reserved or held' });
      expect(dash).toEqual({ codes: { unused: 20, reserved: 0, used: 10 }, seats: { free: 0, held: 0, used: 10 } });
      const seats = await Promise.all(mothers.map((id) => admins[1](`query($id: ID!) { mother(id: $id) { seats { status email teamId } } }`, { id })));
      const taken = seats.flatMap((s) => s.data.mother.seats as { status: string; email: string; teamId: string }[]).filter((s) => s.status !== 'FREE');
      expect(new Set(taken.map((s) => `${s.teamId}|${s.email}`)).size).toBe(10);
    }, 120_000);

    it('spends one login budget across both gateways', async () => {
      const wrong = (g: number) => graphqlClient(gateways[g].url)(LOGIN, { i: { password: 'not-the-password-3' } });
      // 1 login already made through A; 3 more fit, alternating gateways.
      expect(codeOf(await wrong(1))).toBe('UNAUTHENTICATED');
      expect(codeOf(await wrong(0))).toBe('UNAUTHENTICATED');
      expect(codeOf(await wrong(1))).toBe('UNAUTHENTICATED');
      expect(codeOf(await wrong(0))).toBe('RATE_LIMITED');
      expect(codeOf(await wrong(1))).toBe('RATE_LIMITED');
    });

    it('runs maintenance on one replica per domain, and the other takes over when it is killed', async () => {
      const holderOf = async (url: string, lease: string) => {
        const c = new Client({ connectionString: url });
        await c.connect();
        try {
          const rows = (await c.query('select holder, expires_at from kit_lease where name = $1', [lease])).rows;
          return rows.length ? { pid: Number(String(rows[0].holder).split('-')[0]), expiresAt: new Date(rows[0].expires_at).getTime() } : undefined;
        } finally {
          await c.end();
        }
      };
      const domains = [['users', dbUrls.users, users], ['pool', dbUrls.pool, pools]] as const;
      await Promise.all(domains.map(async ([domain, url, replicas]) => {
        const lease = `${domain}-maintenance`;
        const pids = replicas.map((r) => r.pid);
        // Watch the lease across two renewals: one runner the whole time, and it is one of ours.
        const samples = new Set<number>();
        const renewals = new Set<number>();
        await pollUntil(async () => {
          const h = await holderOf(url, lease);
          if (h) {
            samples.add(h.pid);
            renewals.add(h.expiresAt);
          }
          return renewals.size >= 3;
        }, { intervalMs: 100, what: `${lease} renewed twice` });
        expect(samples.size).toBe(1);
        const runner = [...samples][0];
        expect(pids).toContain(runner);

        const victim = replicas.find((r) => r.pid === runner)!;
        const survivor = replicas.find((r) => r.pid !== runner)!;
        await victim.kill('SIGKILL'); // a crash: no graceful release of the lease
        const now = await pollUntil(async () => {
          const h = await holderOf(url, lease);
          return h?.pid === survivor.pid && h;
        }, { intervalMs: 100, what: `${lease} taken over by the survivor` });
        // …and keeps renewing it (and nobody else takes it meanwhile).
        const later = await pollUntil(async () => {
          const h = await holderOf(url, lease);
          return (h?.pid !== survivor.pid || h.expiresAt > now.expiresAt) && h;
        }, { intervalMs: 100, what: `${lease} renewed by the survivor` });
        expect(later.pid).toBe(survivor.pid);
        expect(later.expiresAt).toBeGreaterThan(now.expiresAt);
      }));
    }, 120_000);
  },
);
