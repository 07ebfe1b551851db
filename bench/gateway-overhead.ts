/**
 * Gateway overhead: the same operation through the gateway and sent straight to its subgraph with
 * a signed identity (what the gateway itself sends), with autocannon at 10 connections, both sides
 * in one run, answered as ratios.
 *
 *   - admin `mothers` page (20 mothers with teams and seat counts), gateway (bearer session) vs pool;
 *   - public `redeemStatus` of a redeemed code, gateway (anonymous) vs users.
 *
 * Targets (issue 12): admin p50 ≤ 1.5× and throughput ≥ 60 % of direct; redeemStatus p50 ≤ 1.2×
 * and throughput ≥ 80 %.
 *
 * Use from another benchmark (e.g. `npm run bench:load`):
 *
 *   import { measureGatewayOverhead } from '../gateway-overhead';
 *   const rows = await measureGatewayOverhead(
 *     { gateway, pool, users, secret },          // the /graphql URLs and SEATPOOL_SIGNING_SECRET
 *     { adminToken, redeemed: { code, email }, seconds: 5 },
 *   );                                           // → OverheadRow[] (p50, rps, ratios, pass)
 *
 * or on its own, on a fresh SQLite stack with the sandbox (20 mothers, one redeemed code); the
 * gateway measured runs in its own process, as in production (in one process it would take its
 * CPU from the subgraphs and the ratio would mostly measure that):
 *
 *   APOLLO_TELEMETRY_DISABLED=1 npx tsx bench/gateway-overhead.ts [seconds per side, default 5]
 */
import { signIdentity, type Identity } from '@seatpool/kit';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as (opts: Record<string, unknown>) => Promise<{
  latency: { p50: number; p99: number };
  requests: { average: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}>;

export const MOTHERS_PAGE = `{ mothers(pageSize: 20) { total items { id name status seatLimit seatsUsed seatsHeld seatsFree teams { teamId name } } } }`;
export const REDEEM_STATUS = `query($c: String!, $e: String!) { redeemStatus(code: $c, email: $e) { codeStatus inviteStatus teamName } }`;

export interface OverheadStack {
  /** `/graphql` URLs. */
  gateway: string;
  pool: string;
  users: string;
  /** SEATPOOL_SIGNING_SECRET, to sign the direct calls. */
  secret: string;
}

export interface Side {
  p50: number;
  p99: number;
  rps: number;
  errors: number;
}

export interface OverheadRow {
  name: string;
  gateway: Side;
  direct: Side;
  /** gateway p50 / direct p50 (lower is better). */
  p50Ratio: number;
  /** gateway requests/s / direct requests/s (higher is better). */
  throughputRatio: number;
  target: { p50Ratio: number; throughputRatio: number };
  pass: boolean;
}

type Headers = () => Record<string, string>;

/** A fresh single-use signature per request, bound to the subgraph and the body, as the gateway signs. */
const signed = (secret: string, who: Pick<Identity, 'kind' | 'sub' | 'scopes'>, audience: string, body: string): Headers => () =>
  signIdentity(secret, { ...who, rid: `bench-${randomUUID()}`, ip: '127.0.0.1' }, { audience, body });

async function probe(url: string, body: string, headers: Headers) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers() }, body });
  const json = (await res.json()) as { errors?: unknown };
  if (res.status !== 200 || json.errors) throw new Error(`${url} answered HTTP ${res.status} ${JSON.stringify(json.errors)}`);
}

async function load(url: string, body: string, headers: Headers, seconds: number): Promise<Side> {
  const run = (duration: number) =>
    autocannon({
      url,
      connections: 10,
      duration,
      requests: [{ method: 'POST', path: new URL(url).pathname, body, setupRequest: (req: Record<string, unknown>) => ({ ...req, headers: { 'content-type': 'application/json', ...headers() } }) }],
    });
  await run(1); // warm-up: plans, caches, connections
  const r = await run(seconds);
  return { p50: r.latency.p50, p99: r.latency.p99, rps: r.requests.average, errors: r.non2xx + r.errors + r.timeouts };
}

async function compare(
  name: string,
  body: string,
  gateway: [string, Headers],
  direct: [string, Headers],
  target: OverheadRow['target'],
  seconds: number,
): Promise<OverheadRow> {
  await probe(gateway[0], body, gateway[1]);
  await probe(direct[0], body, direct[1]);
  // Alternate the sides (direct, gateway, direct, gateway) and keep each side's better half, so a
  // neighbour's burst on a shared machine does not decide the ratio.
  const g: Side[] = [];
  const d: Side[] = [];
  for (let i = 0; i < 2; i++) {
    d.push(await load(direct[0], body, direct[1], seconds));
    g.push(await load(gateway[0], body, gateway[1], seconds));
  }
  const best = (sides: Side[]) => sides.reduce((a, b) => (b.rps > a.rps ? b : a));
  const gw = best(g);
  const straight = best(d);
  const p50Ratio = gw.p50 / Math.max(straight.p50, 0.001);
  const throughputRatio = gw.rps / Math.max(straight.rps, 0.001);
  return { name, gateway: gw, direct: straight, p50Ratio, throughputRatio, target, pass: p50Ratio <= target.p50Ratio && throughputRatio >= target.throughputRatio && gw.errors === 0 && straight.errors === 0 };
}

/** Measures both comparisons on a running stack; see the top of this file. */
export async function measureGatewayOverhead(
  stack: OverheadStack,
  opts: { adminToken: string; redeemed: { code: string; email: string }; seconds?: number },
): Promise<OverheadRow[]> {
  const seconds = opts.seconds ?? 5;
  const mothersBody = JSON.stringify({ query: MOTHERS_PAGE });
  const statusBody = JSON.stringify({ query: REDEEM_STATUS, variables: { c: opts.redeemed.code, e: opts.redeemed.email } });
  return [
    await compare(
      'admin mothers page (20 mothers)',
      mothersBody,
      [stack.gateway, () => ({ authorization: `Bearer ${opts.adminToken}` })],
      [stack.pool, signed(stack.secret, { kind: 'admin', sub: 'bench-session', scopes: [] }, 'pool', mothersBody)],
      { p50Ratio: 1.5, throughputRatio: 0.6 },
      seconds,
    ),
    await compare(
      'public redeemStatus',
      statusBody,
      [stack.gateway, () => ({})],
      [stack.users, signed(stack.secret, { kind: 'anonymous', sub: '', scopes: [] }, 'users', statusBody)],
      { p50Ratio: 1.2, throughputRatio: 0.8 },
      seconds,
    ),
  ];
}

/** One table, for a terminal. */
export function formatOverhead(rows: OverheadRow[]): string {
  const n = (x: number, d = 1) => x.toFixed(d);
  const lines = ['| operation | gateway p50 ms | direct p50 ms | p50 ratio (target) | gateway req/s | direct req/s | throughput (target) | |', '|---|---|---|---|---|---|---|---|'];
  for (const r of rows) {
    lines.push(
      `| ${r.name} | ${n(r.gateway.p50)} | ${n(r.direct.p50)} | ${n(r.p50Ratio, 2)}× (≤ ${r.target.p50Ratio}×) | ${n(r.gateway.rps, 0)} | ${n(r.direct.rps, 0)} | ${n(r.throughputRatio * 100, 0)} % (≥ ${r.target.throughputRatio * 100} %) | ${r.pass ? 'ok' : 'MISSED'} |`,
    );
  }
  return lines.join('\n');
}

/** Standalone: a fresh stack (SQLite, sandbox), 20 mothers with one team each, one redeemed code. */
async function main() {
  process.env.APOLLO_TELEMETRY_DISABLED = '1';
  const { startStack } = await import('../gateway/test/e2e/harness');
  const stack = await startStack({ SEATPOOL_LOG_LEVEL: 'warn' });
  try {
    const admin = await stack.admin();
    const must = async (p: ReturnType<typeof admin>) => {
      const r = await p;
      if (r.errors) throw new Error(JSON.stringify(r.errors));
      return r.data;
    };
    const group = (await must(admin(`mutation { createMotherGroup(input: { name: "overhead" }) { id } }`))).createMotherGroup.id;
    for (let i = 0; i < 20; i++) {
      const account = await stack.sandboxAccount(5);
      await must(admin(`mutation($i: CreateMotherInput!) { createMother(input: $i) { id } }`, { i: { name: `overhead-${i}`, accessToken: account.accessToken, seatLimit: 5, motherGroupId: group } }));
    }
    const [code] = (await must(admin(`mutation($i: GenerateCodesInput!) { generateCodes(input: $i) { codes } }`, { i: { count: 1, motherGroupId: group } }))).generateCodes.codes;
    const email = 'overhead@example.com';
    const redeemed = await stack.gql(`mutation($i: RedeemInput!) { redeem(input: $i) { status } }`, { i: { code, email } });
    if (redeemed.data?.redeem?.status !== 'INVITE_SENT') throw new Error(`the sample redeem answered ${JSON.stringify(redeemed)}`);
    const gateway = await gatewayProcess({ ...stack.env, GATEWAY_USERS_URL: stack.users.url, GATEWAY_POOL_URL: stack.pool.url, GATEWAY_STATS_URL: stack.stats.url });
    const rows = await measureGatewayOverhead(
      { gateway: gateway.url, pool: stack.pool.url, users: stack.users.url, secret: stack.secret },
      { adminToken: admin.token, redeemed: { code, email }, seconds: Number(process.argv[2] ?? 5) },
    );
    await new Promise((resolve) => (gateway.child.once('exit', resolve), gateway.child.kill()));
    process.stdout.write(`${formatOverhead(rows)}\n`);
  } finally {
    await stack.stop();
  }
}

/** A gateway in a child process on the given environment; resolves with its URL. */
async function gatewayProcess(env: NodeJS.ProcessEnv): Promise<{ url: string; child: ChildProcess }> {
  const extra = (process.env.BENCH_GATEWAY_NODE_ARGS ?? '').split(' ').filter(Boolean); // e.g. "--cpu-prof"
  const child = spawn(process.execPath, [...extra, '--import', 'tsx', __filename, '--serve-gateway'], {
    env: { ...process.env, ...env, SEATPOOL_LOG_LEVEL: 'warn', GATEWAY_PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  const url = await new Promise<string>((resolve, reject) => {
    lines.on('line', (line) => line.startsWith('GATEWAY_URL=') && resolve(line.slice('GATEWAY_URL='.length)));
    child.once('exit', (code) => reject(new Error(`the gateway process exited (${code})`)));
  });
  return { url, child };
}

async function serveGateway() {
  const { startGateway } = await import('../gateway/src/app');
  const { createLogger } = await import('@seatpool/kit');
  const gw = await startGateway(process.env, { logger: createLogger('gateway', 'warn', process.stderr) });
  process.stdout.write(`GATEWAY_URL=${gw.url}\n`);
  // Exit cleanly on kill (so `--cpu-prof` in BENCH_GATEWAY_NODE_ARGS can write its profile).
  process.once('SIGTERM', () => void gw.close().finally(() => process.exit(0)));
}

if (require.main === module && process.argv[2] === '--serve-gateway') {
  serveGateway().catch((err) => {
    process.stderr.write(`${(err as Error).stack ?? err}\n`);
    process.exit(1);
  });
} else if (require.main === module) {
  main().then(
    () => process.exit(0),
    (err) => {
      process.stderr.write(`${(err as Error).stack ?? err}\n`);
      process.exit(1);
    },
  );
}
