/**
 * (b) A bulk job beside admin traffic: 10,000 codes are generated, then `bulkDisableCodes` runs
 * over them while 4 admin clients keep asking for the `mothers` page (20 mothers with teams and
 * seat counts) through the gateway and one probe asks users' /healthz. Reports the admin page's
 * p50/p95 and errors while the job runs (and before it, as the baseline), /healthz p95 and the
 * job's codes/s (its own startedAt → finishedAt).
 */
import { codes, cpuSeconds, must, percentile, type Admin } from './client';
import type { LoadStack } from './stack';

export const MOTHERS_PAGE = `{ mothers(pageSize: 20) { total items { id name status seatLimit seatsUsed seatsHeld seatsFree teams { teamId name } } } }`;

export interface BulkResult {
  codes: number;
  status: string;
  codesPerSecond: number;
  jobSeconds: number;
  /** Codes per CPU second of users while the job ran (what a core of its own would reach, about). */
  codesPerCpuSecond: number;
  baseline: { p50: number; p95: number; n: number };
  during: { p50: number; p95: number; n: number; errors: number; errorKinds: string };
  healthzP95: number;
  healthzMax: number;
}

type Sample = { at: number; ms: number; ok: boolean; error?: string };

/** "HTTP 503 UPSTREAM_UNAVAILABLE ×3, …": what the failed samples answered. */
function kinds(samples: Sample[]): string {
  const counts = new Map<string, number>();
  for (const s of samples) if (s.error) counts.set(s.error, (counts.get(s.error) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${k} ×${n}`).join(', ');
}

export async function runBulkBesideAdmin(stack: LoadStack, admin: Admin, count = 10_000): Promise<BulkResult> {
  const { batchIds } = await codes(admin, count, null);
  const samples: Sample[] = [];
  const health: Sample[] = [];
  let running = true;
  const pageLoop = async () => {
    while (running) {
      const r = await admin(MOTHERS_PAGE, {}, 10_000);
      const ok = r.status === 200 && !r.errors;
      samples.push({ at: Date.now(), ms: r.ms, ok, error: ok ? undefined : `HTTP ${r.status} ${r.errors?.[0]?.extensions?.code ?? ''}`.trim() });
    }
  };
  const healthLoop = async () => {
    while (running) {
      const t = performance.now();
      const ok = await fetch(stack.usersHealth, { signal: AbortSignal.timeout(10_000) }).then((r) => r.ok, () => false);
      health.push({ at: Date.now(), ms: performance.now() - t, ok });
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  const loops = [...Array.from({ length: 4 }, pageLoop), healthLoop()];
  await new Promise((r) => setTimeout(r, 2_000)); // baseline
  const baselineEnd = Date.now();
  const jobStart = Date.now();
  const usersCpu = cpuSeconds(stack.pids.users);
  const job = (await must(admin(`mutation($b: ID) { bulkDisableCodes(input: { filter: { batchId: $b } }) { id total } }`, { b: batchIds[0] }), 'bulkDisableCodes')).bulkDisableCodes;
  let done: { status: string; startedAt: string | null; finishedAt: string | null; succeeded: number } | null = null;
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    const r = await admin(`query($id: ID!) { batchJob(id: $id) { status startedAt finishedAt succeeded } }`, { id: job.id });
    const j = r.data?.batchJob;
    if (j && !['PENDING', 'RUNNING'].includes(j.status)) {
      done = j;
      break;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const jobEnd = Date.now();
  const usersCpuSeconds = cpuSeconds(stack.pids.users) - usersCpu;
  running = false;
  await Promise.all(loops);
  const base = samples.filter((s) => s.at <= baselineEnd);
  const during = samples.filter((s) => s.at > jobStart && s.at <= jobEnd);
  const healthDuring = health.filter((s) => s.at > jobStart && s.at <= jobEnd);
  const jobSeconds = done?.startedAt && done.finishedAt ? (Date.parse(done.finishedAt) - Date.parse(done.startedAt)) / 1000 : (jobEnd - jobStart) / 1000;
  return {
    codes: count,
    status: done?.status ?? 'TIMED_OUT',
    codesPerSecond: (done?.succeeded ?? 0) / Math.max(jobSeconds, 0.001),
    jobSeconds,
    codesPerCpuSecond: (done?.succeeded ?? 0) / Math.max(usersCpuSeconds, 0.01),
    baseline: { p50: percentile(base.map((s) => s.ms), 50), p95: percentile(base.map((s) => s.ms), 95), n: base.length },
    during: { p50: percentile(during.map((s) => s.ms), 50), p95: percentile(during.map((s) => s.ms), 95), n: during.length, errors: during.filter((s) => !s.ok).length, errorKinds: kinds(during) },
    healthzP95: percentile(healthDuring.map((s) => s.ms), 95),
    healthzMax: Math.max(0, ...healthDuring.map((s) => s.ms)),
  };
}
