/**
 * `npm run bench:load`: the load benchmark. Starts the stack on SQLite (and again on PostgreSQL
 * when 127.0.0.1:5432 answers, on throwaway databases), runs
 * (run in the order b, c, a, so no scenario runs while a burst still settles)
 *   (a) the redeem burst: 500 concurrent redeems for 100 seats (20 mothers × 5) and 1,000 for
 *       1,000 seats (100 mothers × 10), with outcomes, redeems/s and what the ledger is left with;
 *       the first 500-burst on a new stack runs before them and is reported apart (JIT cold);
 *   (b) a 10,000-code bulk disable beside admin traffic (mothers page p50/p95/errors, codes/s);
 *   (c) gateway vs direct for the admin mothers page and the public redeemStatus (autocannon,
 *       10 connections), as ratios measured in the same run;
 * and prints one table. Loopback only; bounded in count and time (BENCH_LOAD_LIMIT_MINUTES, 40: then it
 * prints what it measured and exits).
 *
 *   BENCH_LOAD_BACKENDS=sqlite            only SQLite (default: sqlite,postgres when it answers)
 *   BENCH_LOAD_SECONDS=10                 autocannon seconds per side (in 5 alternating rounds)
 *   BENCH_LOAD_SCENARIOS=bulk,gateway     only these scenarios (default: bulk,gateway,burst)
 *   BENCH_LOAD_PG=postgres://postgres@127.0.0.1:5432/postgres
 */
process.env.APOLLO_TELEMETRY_DISABLED = '1';

import { createConnection } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { runBulkBesideAdmin, type BulkResult } from './bulk-admin';
import { runBurst, type BurstResult } from './burst';
import { adminClient, codes, gql, mothers, type Admin } from './client';
import { runGatewayVsDirect, WARMUP_SECONDS, type Comparison } from './gateway-direct';
import { startLoadStack, type Backend, type LoadStack } from './stack';

const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 10);
const PG = process.env.BENCH_LOAD_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SCENARIOS = new Set((process.env.BENCH_LOAD_SCENARIOS ?? 'bulk,gateway,burst').split(',').map((s) => s.trim()));
const LIMIT_MS = Number(process.env.BENCH_LOAD_LIMIT_MINUTES ?? 40) * 60_000;

interface Failed {
  failed: string;
}
interface Run {
  backend: Backend;
  bursts: (BurstResult | Failed)[];
  bulk: BulkResult | Failed;
  comparisons: Comparison[] | Failed;
  /** The machine's 1-minute load average, sampled every 2 s while this backend ran. */
  load: number[];
}
const NOT_RUN: Failed = { failed: 'not run' };
// Every run as far as it got: the time limit still prints what was measured.
const runs: Run[] = [];

/** A scenario that fails is reported in its cells; the others still run. */
async function attempt<T>(run: () => Promise<T>): Promise<T | Failed> {
  try {
    return await run();
  } catch (err) {
    process.stderr.write(`[bench:load] scenario failed: ${(err as Error).stack ?? err}\n`);
    return { failed: (err as Error).message.slice(0, 60) };
  }
}

const answers = (host: string, port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = createConnection({ host, port, timeout: 1_000 });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });

/** The admin page's 20 mothers (5 seats each, one team) and one redeem on them. */
async function pageMothers(stack: LoadStack, admin: Admin): Promise<{ code: string; email: string }> {
  const { group } = await mothers(stack, admin, 'page', 20, 5);
  const [code] = (await codes(admin, 1, group)).codes;
  const email = 'page-0@example.com';
  const res = await gql(stack.gateway)(`mutation($i: RedeemInput!) { redeem(input: $i) { status } }`, { i: { code, email } });
  if (res.data?.redeem?.status !== 'INVITE_SENT') throw new Error(`the sample redeem answered ${JSON.stringify(res.errors ?? res.data)}`);
  return { code, email };
}

async function runOn(backend: Backend): Promise<void> {
  process.stderr.write(`[bench:load] ${backend}: starting the stack\n`);
  const run: Run = { backend, bursts: [NOT_RUN, NOT_RUN, NOT_RUN, NOT_RUN], bulk: NOT_RUN, comparisons: NOT_RUN, load: [] };
  runs.push(run);
  const stack = await startLoadStack(backend, PG);
  const sampler = setInterval(() => run.load.push(loadavg()[0]), 2_000);
  sampler.unref();
  try {
    const admin = await adminClient(stack);
    // The quiet scenarios first, each on a stack no burst is still settling: 20 mothers for the
    // admin page (one redeemed code for redeemStatus), then (b) and (c), then the bursts (a).
    const sample = await pageMothers(stack, admin);
    if (SCENARIOS.has('bulk')) {
      process.stderr.write(`[bench:load] ${backend}: 10,000-code bulk disable beside admin traffic\n`);
      run.bulk = await attempt(() => runBulkBesideAdmin(stack, admin));
    }
    if (SCENARIOS.has('gateway')) {
      process.stderr.write(`[bench:load] ${backend}: gateway vs direct (${SECONDS} s per side)\n`);
      run.comparisons = await attempt(() => runGatewayVsDirect(stack, admin, sample, SECONDS));
    }
    // The first bursts meet code V8 has not optimised yet (a server in a flash sale has been up for
    // a while): CPU per redeem falls from the first burst to the second and again to the third
    // (PostgreSQL, 2026-12-03: 17 → 12 → 10.5 ms). Both warm-ups are reported on their own; the
    // same burst a third time, on fresh mothers, is the figure.
    if (SCENARIOS.has('burst')) for (const [i, spec] of [
      { label: 'warmup100', mothers: 20, seatsPer: 5, redeems: 500 },
      { label: 'warmup100b', mothers: 20, seatsPer: 5, redeems: 500 },
      { label: 'burst100', mothers: 20, seatsPer: 5, redeems: 500 },
      { label: 'burst1000', mothers: 100, seatsPer: 10, redeems: 1_000 },
    ].entries()) {
      process.stderr.write(`[bench:load] ${backend}: ${spec.redeems} redeems for ${spec.mothers * spec.seatsPer} seats\n`);
      run.bursts[i] = await attempt(() => runBurst(stack, admin, spec));
    }
  } finally {
    clearInterval(sampler);
    await stack.stop();
  }
}

const n = (x: number, digits = 0) => (Number.isFinite(x) ? x.toFixed(digits) : '–');
const outcomes = (o: Record<string, number>) => Object.entries(o).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');

function table() {
  const rows: [string, string, ...string[]][] = [];
  const add = (metric: string, target: string, value: (r: Run) => string) =>
    rows.push([metric, target, ...runs.map((r) => {
      try {
        return value(r);
      } catch (err) {
        return (err as Error).message;
      }
    })]);
  // A failed scenario's cells say why.
  const ok = <T,>(x: T | Failed): T => {
    if (x === NOT_RUN) throw new Error('not run'); // left out (BENCH_LOAD_SCENARIOS) or the time limit came first
    if (x && typeof x === 'object' && 'failed' in x) throw new Error(`failed: ${x.failed}`);
    return x as T;
  };
  const first = (r: Run) => ok(r.bursts[0]);
  // `postgres`: every PostgreSQL server process (on the PostgreSQL stack only).
  const SERVICES_CPU = ['pool', 'users', 'gateway', 'postgres'];
  add('first burst on the stack (JIT cold), 500 / 100: outcomes', '', (r) => outcomes(first(r).outcomes));
  add('first burst on the stack (JIT cold): redeems/s', '', (r) => `${n(first(r).perSecond, 1)} (${n(first(r).seconds, 1)} s)`);
  add('first burst on the stack (JIT cold): CPU ms per redeem', '', (r) => ['pool', 'users', 'gateway'].map((k) => `${k} ${n(first(r).cpuMs[k], 1)}`).join(', '));
  const second = (r: Run) => ok(r.bursts[1]);
  add('second burst (JIT warming): outcomes; redeems/s; CPU ms per redeem, all processes', '', (r) =>
    `${outcomes(second(r).outcomes)}; ${n(second(r).perSecond, 1)}; ${n(Object.values(second(r).cpuMs).reduce((a, v) => a + v, 0), 1)}`);
  for (const [i, label] of ['500 redeems / 100 seats (20×5)', '1,000 redeems / 1,000 seats (100×10)'].entries()) {
    const b = (r: Run) => ok(r.bursts[i + 2]);
    add(`${label}: outcomes`, i === 0 ? '100 INVITE_SENT, 400 NO_CAPACITY' : '1,000 INVITE_SENT', (r) => outcomes(b(r).outcomes));
    add(`${label}: redeems/s`, i === 0 ? '≥ 150' : '', (r) => `${n(b(r).perSecond, 1)} (${n(b(r).seconds, 1)} s)`);
    add(`${label}: vs redeemStatus reads in the same run`, '', (r) => `${n(b(r).baselinePerSecond, 1)} reads/s, redeems = ${n((b(r).perSecond / b(r).baselinePerSecond) * 100)} %`);
    add(`${label}: CPU ms per redeem (per read)`, '', (r) => SERVICES_CPU.filter((k) => k in b(r).cpuMs).map((k) => `${k} ${n(b(r).cpuMs[k], 1)} (${n(b(r).baselineCpuMs[k], 1)})`).join(', '));
    add(`${label}: CPU ms per redeem, all processes`, '', (r) => `${n(Object.values(b(r).cpuMs).reduce((a, v) => a + v, 0), 1)} (load generator ${n(b(r).cpuMs.client, 1)})`);
    add(`${label}: reserved / held after`, '0 / 0', (r) => `${b(r).reserved} / ${b(r).held}${b(r).settledSeconds === null ? ' (not settled in 30 s)' : ` (settled ${n(b(r).settledSeconds!, 1)} s)`}`);
    add(`${label}: codes used / seats used`, 'equal', (r) => `${b(r).codesUsed} / ${b(r).seatsUsed}`);
    add(`${label}: seated upstream / twice`, i === 0 ? '100 / 0' : '1,000 / 0', (r) => `${b(r).seatedUpstream} / ${b(r).seatedTwice}`);
  }
  add('bulk disable 10,000 codes: status, codes/s', '≥ 2,000/s', (r) => `${ok(r.bulk).status}, ${n(ok(r.bulk).codesPerSecond)} (${n(ok(r.bulk).jobSeconds, 2)} s)`);
  add('bulk disable: codes per CPU second of users', '', (r) => n(ok(r.bulk).codesPerCpuSecond));
  add('mothers page before the job: p50 / p95 ms', '', (r) => `${n(ok(r.bulk).baseline.p50, 1)} / ${n(ok(r.bulk).baseline.p95, 1)} (n=${ok(r.bulk).baseline.n})`);
  add('mothers page during the job: p50 / p95 ms', 'p95 < 300', (r) => `${n(ok(r.bulk).during.p50, 1)} / ${n(ok(r.bulk).during.p95, 1)} (n=${ok(r.bulk).during.n})`);
  add('mothers page during the job: errors', '0', (r) => `${ok(r.bulk).during.errors}${ok(r.bulk).during.errorKinds ? ` (${ok(r.bulk).during.errorKinds})` : ''}`);
  add('users /healthz during the job: p95 / max ms', '', (r) => `${n(ok(r.bulk).healthzP95, 1)} / ${n(ok(r.bulk).healthzMax, 1)}`);
  for (const [i, target] of [['p50 ≤ 1.5×, rps ≥ 60 %'], ['p50 ≤ 1.2×, rps ≥ 80 %']].entries()) {
    const c = (r: Run) => ok(r.comparisons)[i];
    const name = ['admin mothers page', 'public redeemStatus'][i];
    add(`${name}: gateway p50 ms / req/s`, '', (r) => `${n(c(r).gateway.p50, 1)} / ${n(c(r).gateway.rps)}${c(r).gateway.errors ? ` (${c(r).gateway.errors} err)` : ''}`);
    add(`${name}: direct p50 ms / req/s`, '', (r) => `${n(c(r).direct.p50, 1)} / ${n(c(r).direct.rps)}${c(r).direct.errors ? ` (${c(r).direct.errors} err)` : ''}`);
    add(`${name}: CPU ms/request: gateway; ${['pool', 'users'][i]} via gateway / direct`, '', (r) => `${n(c(r).gateway.cpu.gateway, 1)}; ${n(c(r).gateway.cpu.subgraph, 1)} / ${n(c(r).direct.cpu.subgraph, 1)}`);
    add(`${name}: first ${WARMUP_SECONDS} s (JIT cold): gateway/direct p50, throughput; gateway CPU ms/request`, '', (r) => `${n(c(r).cold.p50Ratio, 2)}×, ${n(c(r).cold.throughputRatio * 100)} %; ${n(c(r).cold.gatewayCpu, 1)}`);
    add(`${name}: gateway/direct p50, throughput`, target[0], (r) => (c(r).gateway.rps && c(r).direct.rps ? `${n(c(r).p50Ratio, 2)}×, ${n(c(r).throughputRatio * 100)} %` : 'no request completed on one side'));
  }
  add(`machine load while measured (1-min avg, ${cpus().length} cores): median (max)`, '', (r) => {
    const sorted = [...r.load].sort((a, b) => a - b);
    return sorted.length ? `${n(sorted[Math.floor(sorted.length / 2)], 1)} (${n(sorted[sorted.length - 1], 1)})` : '–';
  });
  const header: [string, string, ...string[]] = ['metric', 'target', ...runs.map((r) => r.backend)];
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => row[i].length)));
  const line = (row: string[]) => `| ${row.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

async function main() {
  const wanted = (process.env.BENCH_LOAD_BACKENDS ?? 'sqlite,postgres').split(',').map((s) => s.trim());
  const pgHost = new URL(PG);
  const backends: Backend[] = ['sqlite'];
  if (wanted.includes('postgres')) {
    if (await answers(pgHost.hostname, Number(pgHost.port || 5432))) backends.push('postgres');
    else process.stderr.write(`[bench:load] PostgreSQL: skipped (nothing answers on ${pgHost.host})\n`);
  }
  for (const backend of backends.filter((b) => wanted.includes(b))) await runOn(backend);
  process.stdout.write(`\n${table()}\n`);
}

const guard = setTimeout(() => {
  process.stderr.write(`[bench:load] gave up after ${LIMIT_MS / 60_000} minutes; what was measured so far:\n`);
  process.stdout.write(`\n${table()}\n`);
  process.exit(2);
}, LIMIT_MS);
guard.unref();
main().then(
  () => process.exit(0),
  (err) => {
    process.stderr.write(`[bench:load] failed: ${(err as Error).stack ?? err}\n`);
    process.exit(1);
  },
);
