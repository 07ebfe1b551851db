import { pollUntil } from '@seatpool/kit/testing';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../../../..');

/** A port nobody listens on right now (the OS picks it; we release it for the child to bind). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

export interface Service {
  name: string;
  url: string;
  proc: ChildProcess;
  /** Everything the process wrote (for the failure message when it does not come up). */
  output: string[];
  pid: number;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * Starts `entry` as its own Node process (`node --import tsx`, so the pid we hold is the one the
 * service reports, e.g. as a lease holder) and waits until GET /readyz answers 200.
 */
export async function startService(name: string, entry: string, env: NodeJS.ProcessEnv, port: number): Promise<Service> {
  const output: string[] = [];
  const proc = spawn(process.execPath, ['--import', 'tsx', resolve(ROOT, entry)], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, APOLLO_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  proc.stdout!.on('data', (c) => output.push(String(c)));
  proc.stderr!.on('data', (c) => output.push(String(c)));
  let exited = false;
  const gone = new Promise<void>((r) => proc.once('exit', () => ((exited = true), r())));
  const url = `http://127.0.0.1:${port}/graphql`;
  try {
    await pollUntil(async () => {
      if (exited) throw new Error(`${name} exited while starting`);
      return fetch(`http://127.0.0.1:${port}/readyz`, { signal: AbortSignal.timeout(1_000) }).then((r) => r.ok, () => false);
    }, { timeoutMs: 60_000, intervalMs: 100, what: `${name} ready` });
  } catch (err) {
    throw new Error(`${(err as Error).message}:\n${output.join('').slice(-3000)}`);
  }
  return {
    name, url, proc, output, pid: proc.pid!,
    async kill(signal = 'SIGTERM') {
      if (!exited) proc.kill(signal);
      const timer = new Promise<'late'>((r) => setTimeout(() => r('late'), 10_000).unref());
      if ((await Promise.race([gone, timer])) === 'late') proc.kill('SIGKILL');
      await gone;
    },
  };
}
