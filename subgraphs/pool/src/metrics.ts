import { Counter, Histogram, Registry, type Metric } from 'prom-client';

const existing = <M extends Metric>(registry: Registry, name: string) => registry.getSingleMetric(name) as M | undefined;

function counter(registry: Registry, name: string, help: string, labelNames: string[], zeros: Record<string, string>[]) {
  const found = existing<Counter>(registry, name);
  if (found) return found;
  const c = new Counter({ name, help, labelNames, registers: [registry] });
  for (const labels of zeros) c.inc(labels, 0); // known series exist from the start, never unset
  return c;
}

const cross = (a: Record<string, string[]>): Record<string, string>[] =>
  Object.entries(a).reduce<Record<string, string>[]>((acc, [k, vs]) => acc.flatMap((x) => vs.map((v) => ({ ...x, [k]: v }))), [{}]);

export const PLACEMENT_OUTCOMES = ['placed', 'already_member', 'no_capacity', 'upstream_unavailable', 'bad_user_input', 'aborted', 'repeated'];
export const MAINTENANCE_STEPS = ['stale_placements', 'unknown_invites', 'expired_holds', 'token_expiry', 'health_check', 'member_sync', 'nonce_purge'];
export const SYNC_RESULTS = ['accepted', 'released', 'discovered', 'missing', 'overflow', 'renamed', 'invited', 'team_lost'];

/** The pool's business counters and histograms (gauges are computed on scrape, see metrics-gauges.ts). */
export function createPoolMetrics(registry: Registry = new Registry()) {
  const placements = counter(registry, 'seatpool_pool_placements_total', 'placeEmail calls by outcome', ['outcome'], cross({ outcome: PLACEMENT_OUTCOMES }));
  const placementSeconds = existing<Histogram>(registry, 'seatpool_pool_placement_duration_seconds') ?? new Histogram({
    name: 'seatpool_pool_placement_duration_seconds',
    help: 'placeEmail duration in seconds, by outcome',
    labelNames: ['outcome'],
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
    registers: [registry],
  });
  const releases = counter(registry, 'seatpool_pool_placement_releases_total', 'Placements released, by reason and source', ['reason', 'source'],
    cross({ reason: ['switch', 'cancel', 'remove', 'expire'], source: ['api', 'upstream', 'operator'] }));
  const steps = counter(registry, 'seatpool_pool_maintenance_steps_total', 'Maintenance steps run, by step and outcome', ['step', 'outcome'],
    cross({ step: MAINTENANCE_STEPS, outcome: ['ok', 'error'] }));
  const sync = counter(registry, 'seatpool_pool_sync_results_total', 'What member/invite and pool syncs changed, by result', ['result'], cross({ result: SYNC_RESULTS }));
  const unknown = counter(registry, 'seatpool_pool_unknown_invites_resolved_total', 'Invites of unknown outcome resolved from the upstream lists, by what was found', ['result'],
    cross({ result: ['placed', 'cancelled', 'absent'] }));
  const childSync = counter(registry, 'seatpool_pool_child_syncs_total', 'Child-account syncs of one mother, by outcome', ['outcome'], cross({ outcome: ['success', 'failure'] }));
  const circuits = counter(registry, 'seatpool_pool_upstream_circuit_transitions_total', "Mothers' circuit breakers opening and closing", ['to'], cross({ to: ['open', 'closed'] }));
  const resendsRepeated = counter(registry, 'seatpool_pool_resends_repeated_total', 'Resends asked again under a used resend key (answered without a second upstream invite)', [], [{}]);
  const motherOps = existing<Histogram>(registry, 'seatpool_pool_mother_operation_duration_seconds') ?? new Histogram({
    name: 'seatpool_pool_mother_operation_duration_seconds',
    help: 'Admin operations on mothers in seconds, by operation and outcome',
    labelNames: ['operation', 'outcome'],
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 120],
    registers: [registry],
  });
  return {
    registry,
    placement(outcome: string, seconds: number) {
      placements.inc({ outcome });
      placementSeconds.observe({ outcome }, seconds);
    },
    release: (reason: string, source: string) => releases.inc({ reason, source }),
    step: (step: string, outcome: 'ok' | 'error') => steps.inc({ step, outcome }),
    synced: (result: string, n = 1) => n > 0 && sync.inc({ result }, n),
    unknownResolved: (result: 'placed' | 'cancelled' | 'absent') => unknown.inc({ result }),
    childSync: (outcome: 'success' | 'failure') => childSync.inc({ outcome }),
    circuit: (to: 'open' | 'closed') => circuits.inc({ to }),
    resendRepeated: () => resendsRepeated.inc(),
    /** Times an admin operation on mothers and records whether it threw. */
    async timed<T>(operation: string, run: () => Promise<T>): Promise<T> {
      const end = motherOps.startTimer({ operation });
      try {
        const out = await run();
        end({ outcome: 'ok' });
        return out;
      } catch (err) {
        end({ outcome: 'error' });
        throw err;
      }
    },
  };
}
export type PoolMetrics = ReturnType<typeof createPoolMetrics>;
