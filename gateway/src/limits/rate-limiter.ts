/** A fixed-window counter store: in memory here; a shared store (Redis) can implement the same. */
export interface RateStore {
  /** Adds one hit to `key` in the current window; returns the count and ms until the window ends. */
  hit(key: string, windowMs: number, now?: number): Promise<{ count: number; resetInMs: number }>;
}

export class MemoryRateStore implements RateStore {
  private readonly windows = new Map<string, { start: number; count: number }>();

  async hit(key: string, windowMs: number, now = Date.now()) {
    let w = this.windows.get(key);
    if (!w || now - w.start >= windowMs) {
      w = { start: now, count: 0 };
      this.windows.set(key, w);
      if (this.windows.size > 100_000) this.sweep(windowMs, now); // bound memory under a key flood
    }
    w.count += 1;
    return { count: w.count, resetInMs: w.start + windowMs - now };
  }

  private sweep(windowMs: number, now: number) {
    for (const [key, w] of this.windows) if (now - w.start >= windowMs) this.windows.delete(key);
  }
}

export interface RateRule {
  limit: number;
  windowMs: number;
}

/** True when allowed; otherwise how long to wait. */
export async function consume(store: RateStore, key: string, rule: RateRule): Promise<{ ok: true } | { ok: false; retryAfterS: number }> {
  const { count, resetInMs } = await store.hit(key, rule.windowMs);
  return count <= rule.limit ? { ok: true } : { ok: false, retryAfterS: Math.max(1, Math.ceil(resetInMs / 1000)) };
}
