import { setTimeout as delay } from 'node:timers/promises';

export interface PollOptions {
  /** Give up after this long (default 30 s: generous, so only a hang fails, never a slow machine). */
  timeoutMs?: number;
  /** Pause between looks (default 25 ms). */
  intervalMs?: number;
  /** What is awaited, for the error message ("job 3 finished"). */
  what?: string;
}

/**
 * The one way tests wait for something asynchronous: runs `check` until it returns a value other
 * than `undefined`, `null` or `false`, and returns that value; throws after `timeoutMs` with the
 * last value seen. Tests never sleep a fixed time (a loaded machine breaks every guess).
 */
export async function pollUntil<T>(check: () => T | Promise<T>, opts: PollOptions = {}): Promise<Exclude<T, undefined | null | false>> {
  const { timeoutMs = 30_000, intervalMs = 25, what = 'the condition' } = opts;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== null && value !== false) return value as Exclude<T, undefined | null | false>;
    if (Date.now() >= deadline) throw new Error(`${what} not reached within ${timeoutMs} ms (last: ${JSON.stringify(value)})`);
    await delay(intervalMs);
  }
}
