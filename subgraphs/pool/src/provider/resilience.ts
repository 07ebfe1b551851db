import {
  CircuitState,
  circuitBreaker,
  ConsecutiveBreaker,
  DelegateBackoff,
  handleWhen,
  isBrokenCircuitError,
  noop,
  retry,
  TaskCancelledError,
  timeout,
  TimeoutStrategy,
  wrap,
  type CircuitBreakerPolicy,
} from 'cockatiel';
import type { CircuitStateName } from './provider';
import { ProviderError } from './provider-error';

export interface ResilienceOptions {
  /** One HTTP attempt is cut off after this. */
  attemptTimeoutMs: number;
  /** Retries after the first attempt (so `retries + 1` attempts at most). */
  retries: number;
  /** The whole call (attempts + backoff) never takes longer than this. */
  budgetMs: number;
  /** Consecutive failures that open a mother's breaker (default 5). */
  breakerThreshold?: number;
  /** How long an open breaker refuses calls before letting one through (default 15 s). */
  breakerHalfOpenAfterMs?: number;
  /** First backoff step (default 250 ms); doubles per retry up to `maxDelayMs` (default 5 s). */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Told when a mother's breaker opens (`open`) or closes again (`closed`); `key` is the mother id. */
  onCircuitChange?: (to: 'open' | 'closed', key: string) => void;
}

// cockatiel 3.2.1's isTaskCancelledError() tests the wrong marker property (always false): use the class.
const isTimeout = (err: unknown): err is TaskCancelledError => err instanceof TaskCancelledError;

/** Breakers only count failures that say "this upstream is unhealthy", not answers about the request. */
const unhealthy = (err: Error) =>
  isTimeout(err) || (err instanceof ProviderError && (err.errorClass === 'transient' || err.errorClass === 'rate_limited'));

/**
 * cockatiel policies around one upstream call: total budget ⊃ retries (jittered exponential backoff,
 * at least `Retry-After`, never past the budget) ⊃ the mother's circuit breaker ⊃ per-attempt timeout.
 */
export class Resilience {
  private readonly breakers = new Map<string, CircuitBreakerPolicy>();

  constructor(private readonly opts: ResilienceOptions) {}

  /** Runs `attempt` under the policies; every failure comes out as a ProviderError. */
  async run<T>(endpoint: string, breakerKey: string | undefined, attempt: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const deadline = Date.now() + this.opts.budgetMs;
    const remaining = () => deadline - Date.now();
    const retries = retry(
      handleWhen((err) => this.worthRetrying(err, remaining())),
      {
        maxAttempts: this.opts.retries,
        backoff: new DelegateBackoff((ctx) => this.backoffMs(ctx.attempt, 'error' in ctx.result ? ctx.result.error : undefined, remaining())),
      },
    );
    const policy = wrap(
      timeout(this.opts.budgetMs, TimeoutStrategy.Aggressive),
      retries,
      breakerKey ? this.breaker(breakerKey) : noop,
      timeout(this.opts.attemptTimeoutMs, TimeoutStrategy.Aggressive),
    );
    try {
      return await policy.execute(({ signal }) => attempt(signal));
    } catch (err) {
      if (err instanceof ProviderError) throw err;
      if (isBrokenCircuitError(err)) throw new ProviderError('transient', endpoint, { upstreamCode: 'circuit_open' });
      if (isTimeout(err)) throw new ProviderError('transient', endpoint, { upstreamCode: 'timeout' });
      throw err;
    }
  }

  private worthRetrying(err: Error, remainingMs: number): boolean {
    if (isTimeout(err)) return remainingMs > 0;
    if (!(err instanceof ProviderError) || !err.retryable) return false;
    // A Retry-After beyond the budget cannot be honoured: fail now and let the caller move on.
    return remainingMs > (err.retryAfterMs ?? 0);
  }

  private backoffMs(attempt: number, err: unknown, remainingMs: number): number {
    const base = this.opts.baseDelayMs ?? 250;
    const step = Math.min(this.opts.maxDelayMs ?? 5_000, base * 2 ** Math.max(0, attempt - 1));
    const jittered = step / 2 + Math.random() * (step / 2);
    const retryAfter = err instanceof ProviderError ? err.retryAfterMs ?? 0 : 0;
    return Math.max(0, Math.min(Math.max(jittered, retryAfter), remainingMs));
  }

  /** How many mothers' breakers are in each state (an open breaker past its wait stays `open` until probed). */
  circuitStates(): Record<CircuitStateName, number> {
    const out: Record<CircuitStateName, number> = { closed: 0, open: 0, half_open: 0 };
    for (const breaker of this.breakers.values()) {
      if (breaker.state === CircuitState.HalfOpen) out.half_open++;
      else if (breaker.state === CircuitState.Closed) out.closed++;
      else out.open++;
    }
    return out;
  }

  private breaker(key: string): CircuitBreakerPolicy {
    let breaker = this.breakers.get(key);
    if (!breaker) {
      // Half-open lets exactly one probe through; its outcome closes or re-opens the breaker.
      breaker = circuitBreaker(handleWhen(unhealthy), {
        halfOpenAfter: this.opts.breakerHalfOpenAfterMs ?? 15_000,
        breaker: new ConsecutiveBreaker(this.opts.breakerThreshold ?? 5),
      });
      breaker.onBreak(() => this.opts.onCircuitChange?.('open', key));
      breaker.onReset(() => this.opts.onCircuitChange?.('closed', key));
      this.breakers.set(key, breaker);
    }
    return breaker;
  }
}
