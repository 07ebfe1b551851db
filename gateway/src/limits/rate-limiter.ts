/** A fixed-window counter store: in memory (one replica) or Redis (shared by all replicas). */
export interface RateStore {
  /** Adds one hit to `key` in its current window; returns the count and ms until the window ends. */
  hit(key: string, windowMs: number, now?: number): Promise<{ count: number; resetInMs: number }>;
}

export class MemoryRateStore implements RateStore {
  private readonly windows = new Map<string, { start: number; windowMs: number; count: number }>();

  async hit(key: string, windowMs: number, now = Date.now()) {
    let w = this.windows.get(key);
    if (!w || now - w.start >= w.windowMs) {
      w = { start: now, windowMs, count: 0 };
      this.windows.set(key, w);
      if (this.windows.size > 100_000) this.sweep(now); // bound memory under a key flood
    }
    w.count += 1;
    return { count: w.count, resetInMs: w.start + w.windowMs - now };
  }

  private sweep(now: number) {
    for (const [key, w] of this.windows) if (now - w.start >= w.windowMs) this.windows.delete(key);
    // Still too many live windows (an address-spraying flood): drop the oldest half.
    if (this.windows.size > 100_000) {
      let drop = this.windows.size / 2;
      for (const key of this.windows.keys()) {
        if (drop-- <= 0) break;
        this.windows.delete(key);
      }
    }
  }
}

export interface RateRule {
  limit: number;
  windowMs: number;
}

export type Verdict = { ok: true } | { ok: false; retryAfterS: number };

/** True when allowed; otherwise how long to wait. */
export async function consume(store: RateStore, key: string, rule: RateRule): Promise<Verdict> {
  const { count, resetInMs } = await store.hit(key, rule.windowMs);
  return count <= rule.limit ? { ok: true } : { ok: false, retryAfterS: Math.max(1, Math.ceil(resetInMs / 1000)) };
}
