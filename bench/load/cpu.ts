/**
 * CPU time of the stack's service processes (Linux /proc), so a scenario can report CPU ms per
 * request per service: unlike wall time, that barely moves when other work shares the machine.
 */
import { cpuSeconds } from './client';

/** Starts counting; the returned function answers CPU ms per service since then. */
export function cpuMeter(pids: Record<string, number>): () => Record<string, number> {
  const start = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, cpuSeconds(pid) * 1000]));
  return () => Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, cpuSeconds(pid) * 1000 - start[name]]));
}
