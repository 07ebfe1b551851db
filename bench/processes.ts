/** What both benchmark stacks need to run services as child processes on loopback ports. */
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** A port nothing listens on right now (the OS picks it). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

/** Waits until `url` answers 2xx; fails at once when the process exits, or after `timeoutMs`, with its last output. */
export async function waitFor(url: string, proc: ChildProcess, output: string[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`exited while starting:\n${output.join('').slice(-3000)}`);
    if (await fetch(url, { signal: AbortSignal.timeout(1_000) }).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} not ready:\n${output.join('').slice(-3000)}`);
}
