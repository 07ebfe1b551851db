import { seededRandom } from '@seatpool/kit';

/**
 * How the sandbox behaves as a service, apart from faults: every `/backend-api` request takes
 * `latencyMs` (+ up to `jitterMs`, from a seeded generator so runs repeat), and at most `capacity`
 * requests are worked on at once (0 = unlimited); the rest wait in arrival order, as behind a real
 * upstream's worker pool. The defaults (no latency, unlimited) keep the sandbox out of the way.
 */
export interface SandboxProfile {
  latencyMs: number;
  jitterMs: number;
  capacity: number;
  seed: number;
}

export const DEFAULT_PROFILE: SandboxProfile = { latencyMs: 0, jitterMs: 0, capacity: 0, seed: 1 };

/** Reads `SANDBOX_LATENCY_MS`, `SANDBOX_JITTER_MS`, `SANDBOX_CAPACITY`, `SANDBOX_SEED`; throws on a bad value. */
export function profileFromEnv(env: NodeJS.ProcessEnv): SandboxProfile {
  const int = (name: string, fallback: number, max: number) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0 || n > max) throw new Error(`${name} must be an integer in 0..${max}`);
    return n;
  };
  return {
    latencyMs: int('SANDBOX_LATENCY_MS', 0, 60_000),
    jitterMs: int('SANDBOX_JITTER_MS', 0, 60_000),
    capacity: int('SANDBOX_CAPACITY', 0, 100_000),
    seed: int('SANDBOX_SEED', 1, 2 ** 31),
  };
}

/** The service side of a profile: admission in arrival order and the per-request delay. */
export class ServiceModel {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  private rng: () => number;
  /** Most requests worked on at once, and the longest queue wait (ms): what a profile of the burst reads. */
  peakActive = 0;
  maxQueueMs = 0;

  constructor(readonly profile: SandboxProfile) {
    this.rng = seededRandom(profile.seed);
  }

  /** Waits for a worker; the returned function frees it. */
  async admit(): Promise<() => void> {
    const cap = this.profile.capacity;
    if (cap > 0 && this.active >= cap) {
      const queued = Date.now();
      await new Promise<void>((resolve) => this.waiting.push(resolve));
      this.maxQueueMs = Math.max(this.maxQueueMs, Date.now() - queued);
    } else {
      this.active++;
    }
    this.peakActive = Math.max(this.peakActive, this.active);
    let freed = false;
    return () => {
      if (freed) return;
      freed = true;
      const next = this.waiting.shift();
      if (next) next(); // the worker passes straight to the next in line
      else this.active--;
    };
  }

  delayMs(): number {
    const { latencyMs, jitterMs } = this.profile;
    return latencyMs + (jitterMs ? Math.floor(this.rng() * (jitterMs + 1)) : 0);
  }

  /** Wakes every waiter (server shutdown). */
  drain(): void {
    for (const wake of this.waiting.splice(0)) wake();
  }

  resetStats(): void {
    this.peakActive = this.active;
    this.maxQueueMs = 0;
  }
}
