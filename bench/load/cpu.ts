/**
 * CPU time of the stack's service processes (Linux /proc), so a scenario can report CPU ms per
 * request per service: unlike wall time, that barely moves when other work shares the machine.
 * Two more entries make the whole bill: `postgres` (every PostgreSQL server process on the
 * machine, on the PostgreSQL stack) and `client` (this load generator).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { cpuSeconds } from './client';

/** CPU seconds of every process named `postgres` (the server and its backends). */
function postgresSeconds(): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === 'postgres') total += cpuSeconds(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return total;
}

const clientSeconds = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

/** Starts counting; the returned function answers CPU ms per service since then. */
export function cpuMeter(pids: Record<string, number>, backend?: string): () => Record<string, number> {
  const read = (): Record<string, number> => ({
    ...Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, cpuSeconds(pid) * 1000])),
    ...(backend === 'postgres' ? { postgres: postgresSeconds() * 1000 } : {}),
    client: clientSeconds() * 1000,
  });
  const start = read();
  return () => {
    const now = read();
    return Object.fromEntries(Object.entries(now).map(([k, v]) => [k, v - start[k]]));
  };
}
