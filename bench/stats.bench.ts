/**
 * Statistics benchmark: fills users and pool (embedded SQLite) with 1,000,000 codes, 200,000 invites
 * and 10,000 mothers through each domain's own ORM connection, starts the whole stack in this process
 * (sandbox, pool, users, stats, gateway over real HTTP), then times the dashboard and the trends
 * through the gateway, each service in its own process as with `npm start`:
 *   - cold: the figure caches off, every request recomputes every figure (sequential requests);
 *   - cached: the default cache (per database state, at most 5 s), sequential and under autocannon.
 *
 *   npx tsx bench/stats.bench.ts
 *   BENCH_CODES=100000 BENCH_INVITES=20000 BENCH_MOTHERS=1000 BENCH_REQUESTS=50 BENCH_SECONDS=5 npx tsx bench/stats.bench.ts
 */
process.env.APOLLO_TELEMETRY_DISABLED = '1';

import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { client, startBenchStack } from './bench-stack';
import { seedPool, seedUsers, type SeedSizes } from './stats-seed';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as (opts: Record<string, unknown>) => Promise<{ latency: Record<string, number>; requests: { average: number }; non2xx: number; errors: number }>;

const SIZES: SeedSizes = {
  codes: Number(process.env.BENCH_CODES ?? 1_000_000),
  invites: Number(process.env.BENCH_INVITES ?? 200_000),
  mothers: Number(process.env.BENCH_MOTHERS ?? 10_000),
};
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 100);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const QUERIES = {
  dashboard: `{ dashboard {
    codeQuota sellableSeats redeemableCodes seatUtilisation
    mothers { total active invalid disabled } motherHealth { unknown healthy failing } seats { total free held used } teams { total enabled lost }
    codes { total unused reserved used disabled expired } invites { pending sent accepted failed cancelled removed }
    switchQueue { queued running oldestQueuedAt } batchQueue { pending running oldestPendingAt }
    redeemSuccess { lastHour { attempts successRate } last24Hours { attempts successRate } last7Days { attempts successRate } }
  } }`,
  trends30d: `{ trends(days: 30) { since until redeems { start count } invitesSent { count } invitesFailed { count } switches { count } mothersAdded { count } mothersLost { count } } }`,
  trends48h: `{ trends(days: 2, granularity: HOUR) { since redeems { start count } invitesSent { count } invitesFailed { count } switches { count } mothersAdded { count } mothersLost { count } } }`,
  groupUsage: `{ dashboard { motherGroupUsage { name mothers seats { used free } codesRedeemed inviteAcceptanceRate } poolGroupUsage { name mothers childAccounts } } }`,
  motherUsage: `{ mothers(pageSize: 50) { items { name seatsUsed seatsFree lastHealthCheckAt codesRedeemed invitesDelivered inviteAcceptanceRate } } }`,
};

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
const ms = (x: number) => `${x.toFixed(1)} ms`;

/** `n` sequential requests; p50/p95/max in milliseconds. */
async function sequential(gql: ReturnType<typeof client>, query: string, n: number) {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await gql(query);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), max: times[times.length - 1] };
}

async function loaded(url: string, token: string, query: string) {
  const r = await autocannon({
    url, method: 'POST', connections: CONNECTIONS, duration: SECONDS,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query }),
  });
  if (r.non2xx || r.errors) throw new Error(`autocannon saw ${r.non2xx} non-2xx answers and ${r.errors} errors`);
  return { p50: r.latency.p50, p97_5: r.latency.p97_5, p99: r.latency.p99, rps: r.requests.average };
}

async function login(url: string, password: string) {
  const { token } = (await client(url)('mutation($p: String!) { adminLogin(input: { password: $p }) { token } }', { p: password })).adminLogin;
  return { token: token as string, gql: client(url, token) };
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'seatpool-stats-bench-'));
  try {
    let t = performance.now();
    await seedPool(dataDir, SIZES, Date.now());
    await seedUsers(dataDir, SIZES, Date.now());
    const sizeMb = (f: string) => (statSync(join(dataDir, f)).size / 1e6).toFixed(0);
    process.stdout.write(`seeded in ${((performance.now() - t) / 1000).toFixed(1)} s: users.sqlite ${sizeMb('users.sqlite')} MB, pool.sqlite ${sizeMb('pool.sqlite')} MB\n`);

    const results: Record<string, Record<string, unknown>> = {};
    // Cold: the figure caches off, so every request runs every aggregate query.
    t = performance.now();
    let stack = await startBenchStack(dataDir, { figureCacheMs: 0 });
    process.stdout.write(`stack up in ${((performance.now() - t) / 1000).toFixed(1)} s (5 processes, migrations included)\n`);
    try {
      const { gql } = await login(stack.url, stack.password);
      const dash = (await gql(QUERIES.dashboard)).dashboard;
      const invites = Object.values(dash.invites as Record<string, number>).reduce((a, b) => a + b, 0);
      process.stdout.write(`data: ${dash.codes.total} codes, ${invites} invites, ${dash.mothers.total} mothers, ${dash.seats.total} seats (node ${process.version})\n`);
      for (const [name, query] of Object.entries(QUERIES)) {
        await gql(query);
        results[name] = { cold: await sequential(gql, query, REQUESTS) };
      }
    } finally {
      await stack.stop();
    }
    // Cached (the default): an unchanged database answers from memory for up to 5 s.
    stack = await startBenchStack(dataDir);
    try {
      const { gql, token } = await login(stack.url, stack.password);
      for (const [name, query] of Object.entries(QUERIES)) {
        await gql(query);
        results[name].cached = await sequential(gql, query, REQUESTS);
        results[name].load = await loaded(stack.url, token, query);
      }
    } finally {
      await stack.stop();
    }
    process.stdout.write(`latency through the gateway: ${REQUESTS} sequential requests each; autocannon ${CONNECTIONS} connections × ${SECONDS} s\n`);
    for (const [name, r] of Object.entries(results) as [string, any][]) {
      process.stdout.write(
        `${name.padEnd(11)} cold p50 ${ms(r.cold.p50)} p95 ${ms(r.cold.p95)} | cached p50 ${ms(r.cached.p50)} p95 ${ms(r.cached.p95)} | ` +
          `loaded p50 ${r.load.p50} ms p97.5 ${r.load.p97_5} ms p99 ${r.load.p99} ms, ${r.load.rps.toFixed(0)} req/s\n`,
      );
    }
    process.stdout.write(`${JSON.stringify({ sizes: SIZES, results })}\n`);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  process.stderr.write(`${err?.stack ?? err}\n`);
  process.exit(1);
});
