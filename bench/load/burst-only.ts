/**
 * Only the redeem bursts of `npm run bench:load` (for profiling the hot path): starts the stack on
 * each backend in BENCH_LOAD_BACKENDS (default sqlite), runs the bursts named in BENCH_BURSTS
 * (`500x100`, `1000x1000`; default both) and prints one line per burst as JSON.
 *
 *   npx tsx bench/load/burst-only.ts
 *   BENCH_LOAD_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" npx tsx bench/load/burst-only.ts
 */
process.env.APOLLO_TELEMETRY_DISABLED = '1';

import { runBurst } from './burst';
import { adminClient } from './client';
import { startLoadStack, type Backend } from './stack';

const SPECS = {
  '500x100': { label: 'burst100', mothers: 20, seatsPer: 5, redeems: 500 },
  '1000x1000': { label: 'burst1000', mothers: 100, seatsPer: 10, redeems: 1_000 },
} as const;

async function main() {
  const backends = (process.env.BENCH_LOAD_BACKENDS ?? 'sqlite').split(',').map((s) => s.trim()) as Backend[];
  const bursts = (process.env.BENCH_BURSTS ?? '500x100,1000x1000').split(',').map((s) => s.trim()) as (keyof typeof SPECS)[];
  for (const backend of backends) {
    const stack = await startLoadStack(backend, process.env.BENCH_LOAD_PG);
    try {
      const admin = await adminClient(stack);
      for (const [n, name] of bursts.entries()) {
        const { sample, ...r } = await runBurst(stack, admin, { ...SPECS[name], label: `${SPECS[name].label}-${n}` });
        const cpuTotal = Math.round(Object.values(r.cpuMs).reduce((a, b) => a + b, 0) * 100) / 100;
        process.stdout.write(`${JSON.stringify({ backend, ...r, cpuTotal })}\n`);
      }
    } finally {
      await stack.stop();
    }
  }
}

main().then(() => process.exit(0), (err) => (process.stderr.write(`${err?.stack ?? err}\n`), process.exit(1)));
