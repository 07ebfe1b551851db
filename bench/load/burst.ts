/**
 * (a) The redeem burst: `redeems` concurrent public `redeem` calls through the gateway for
 * `mothers × seatsPer` seats of a fresh mother group, each with its own code and email. Counts the
 * outcomes and redeems/s, then waits (at most 30 s) for the ledger to settle and reads what it left:
 * codes reserved, seats held, codes used vs seats used (dashboard deltas) and emails seated upstream
 * more than once. A driver with the same signature can replace this one.
 *
 * The machine is shared and noisy, so each burst also measures a baseline in the same run, just
 * before it: as many concurrent public `redeemStatus` reads of the same codes (gateway → users →
 * indexed reads, no pool call, no write). `perSecond / baselinePerSecond` says how much the
 * redeem costs beyond the plumbing every public request pays.
 */
import { codes, gql, mothers, must, type Admin } from './client';
import { cpuMeter } from './cpu';
import type { LoadStack } from './stack';

export interface BurstSpec {
  label: string;
  mothers: number;
  seatsPer: number;
  redeems: number;
}

export interface BurstResult extends BurstSpec {
  seats: number;
  outcomes: Record<string, number>;
  seconds: number;
  perSecond: number;
  /** Concurrent `redeemStatus` reads of the same codes per second, measured just before the burst. */
  baselinePerSecond: number;
  /** CPU ms per request of each service process: during the baseline reads, and during the burst (until it settled). */
  baselineCpuMs: Record<string, number>;
  cpuMs: Record<string, number>;
  reserved: number;
  held: number;
  codesUsed: number;
  seatsUsed: number;
  settledSeconds: number | null;
  seatedUpstream: number;
  seatedTwice: number;
  /** One redeem that got a seat (for the redeemStatus comparison). */
  sample: { code: string; email: string } | null;
}

const REDEEM = `mutation($i: RedeemInput!) { redeem(input: $i) { status } }`;
const STATUS = `query($c: String!, $e: String!) { redeemStatus(code: $c, email: $e) { codeStatus } }`;
const DASH = `{ dashboard { codes { reserved used } seats { held used } } }`;

async function ledger(admin: Admin) {
  const d = (await must(() => admin(DASH), 'dashboard')).dashboard;
  return { reserved: d.codes.reserved as number, used: d.codes.used as number, held: d.seats.held as number, seatsUsed: d.seats.used as number };
}

export async function runBurst(stack: LoadStack, admin: Admin, spec: BurstSpec): Promise<BurstResult> {
  const { group, teams } = await mothers(stack, admin, spec.label, spec.mothers, spec.seatsPer);
  const { codes: list } = await codes(admin, spec.redeems, group);
  const before = await ledger(admin);
  const pub = gql(stack.gateway);
  const perRequest = (cpu: Record<string, number>) => Object.fromEntries(Object.entries(cpu).map(([k, v]) => [k, Math.round((v / spec.redeems) * 100) / 100]));
  const baseCpu = cpuMeter(stack.pids, stack.backend);
  const baseStarted = performance.now();
  const base = await Promise.all(list.map((code, i) => pub(STATUS, { c: code, e: `${spec.label}-${i}@example.com` })));
  const baselinePerSecond = base.length / ((performance.now() - baseStarted) / 1000);
  const baselineCpuMs = perRequest(baseCpu());
  // A code nobody tried yet answers CODE_INVALID to a stranger's email: still the full read path.
  const failedBase = base.find((r) => r.status !== 200);
  if (failedBase) throw new Error(`baseline redeemStatus: HTTP ${failedBase.status} ${JSON.stringify(failedBase.errors)}`);
  const cpu = cpuMeter(stack.pids, stack.backend);
  const started = performance.now();
  const results = await Promise.all(list.map((code, i) => pub(REDEEM, { i: { code, email: `${spec.label}-${i}@example.com` } })));
  const seconds = (performance.now() - started) / 1000;
  const firstSeated = results.findIndex((r) => r.data?.redeem?.status === 'INVITE_SENT');
  const outcomes: Record<string, number> = {};
  for (const r of results) {
    const key = r.data?.redeem?.status ?? r.errors?.[0]?.extensions?.code ?? `HTTP_${r.status}`;
    outcomes[key] = (outcomes[key] ?? 0) + 1;
  }
  // The figures settle once every placement is decided (the reconciler finishes unknown outcomes).
  const settleStart = Date.now();
  let after = await ledger(admin);
  while ((after.reserved > before.reserved || after.held > before.held) && Date.now() - settleStart < 30_000) {
    await new Promise((r) => setTimeout(r, 500));
    after = await ledger(admin);
  }
  const settled = after.reserved <= before.reserved && after.held <= before.held;
  const cpuMs = perRequest(cpu());
  const seatedEmails: string[] = [];
  for (const team of teams) {
    const ws = (await (await fetch(`${stack.sandbox}/_sandbox/accounts/${team}`)).json()) as { invites: { email_address: string }[]; members: { email: string; role: string }[] };
    seatedEmails.push(...ws.invites.map((i) => i.email_address), ...ws.members.filter((m) => m.role !== 'account-owner').map((m) => m.email));
  }
  return {
    ...spec,
    seats: spec.mothers * spec.seatsPer,
    outcomes,
    seconds,
    perSecond: spec.redeems / seconds,
    baselinePerSecond,
    baselineCpuMs,
    cpuMs,
    reserved: after.reserved - before.reserved,
    held: after.held - before.held,
    codesUsed: after.used - before.used,
    seatsUsed: after.seatsUsed - before.seatsUsed,
    settledSeconds: settled ? (Date.now() - settleStart) / 1000 : null,
    seatedUpstream: seatedEmails.length,
    seatedTwice: seatedEmails.length - new Set(seatedEmails).size,
    sample: firstSeated < 0 ? null : { code: list[firstSeated], email: `${spec.label}-${firstSeated}@example.com` },
  };
}
