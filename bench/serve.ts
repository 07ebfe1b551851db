/**
 * One service of the benchmark stack as its own process: `node --import tsx bench/serve.ts <name>`.
 * BENCH_FIGURE_CACHE_MS sets the figure caches of pool and users (0 = every request recomputes).
 */
import { startPool } from '@seatpool/pool/src/app';
import { startSandbox } from '@seatpool/pool/src/provider/sandbox/server';
import { startStats } from '@seatpool/stats/src/app';
import { startUsers } from '@seatpool/users/src/app';
import { figureCacheSettings } from '@seatpool/kit';
import { startGateway } from '../gateway/src/app';

const starters: Record<string, () => Promise<{ close(): Promise<void> }>> = {
  sandbox: () => startSandbox({ port: Number(process.env.SANDBOX_PORT) }),
  pool: () => startPool(process.env),
  users: () => startUsers(process.env),
  stats: () => startStats(process.env),
  gateway: () => startGateway(process.env),
};

const name = process.argv[2];
if (process.env.BENCH_FIGURE_CACHE_MS !== undefined) figureCacheSettings.ttlMs = Number(process.env.BENCH_FIGURE_CACHE_MS);
starters[name]().then(
  (running) => process.once('SIGTERM', () => void running.close().then(() => process.exit(0))),
  (err) => {
    process.stderr.write(`${name}: ${err?.stack ?? err}\n`);
    process.exit(1);
  },
);
