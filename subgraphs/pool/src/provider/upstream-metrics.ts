import { Counter, Histogram, Registry, type Metric } from 'prom-client';

export type UpstreamEndpoint = 'check_account' | 'invite' | 'list_invites' | 'cancel_invite' | 'list_members' | 'remove_member' | 'rename_team';
const OUTCOMES = ['ok', 'token_invalid', 'workspace_gone', 'no_seats', 'rate_limited', 'transient', 'bad_request'];
export const UPSTREAM_ENDPOINTS: UpstreamEndpoint[] = ['check_account', 'invite', 'list_invites', 'cancel_invite', 'list_members', 'remove_member', 'rename_team'];

/** Per endpoint and outcome (`ok` or the error class); labels never carry a token, email or id. */
export function createUpstreamMetrics(registry: Registry = new Registry()) {
  // Several providers may share one registry: reuse the families instead of registering twice.
  const existing = <M extends Metric>(name: string) => registry.getSingleMetric(name) as M | undefined;
  const requests = existing<Counter>('seatpool_pool_upstream_requests_total') ?? new Counter({
    name: 'seatpool_pool_upstream_requests_total',
    help: 'HTTP requests (attempts) to the upstream team API, by endpoint and outcome',
    labelNames: ['endpoint', 'outcome'],
    registers: [registry],
  });
  const duration = existing<Histogram>('seatpool_pool_upstream_request_duration_seconds') ?? new Histogram({
    name: 'seatpool_pool_upstream_request_duration_seconds',
    help: 'Duration of upstream HTTP requests (attempts) in seconds, by endpoint and outcome',
    labelNames: ['endpoint', 'outcome'],
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  for (const endpoint of UPSTREAM_ENDPOINTS) for (const outcome of OUTCOMES) requests.inc({ endpoint, outcome }, 0); // never unset
  return {
    observe(endpoint: UpstreamEndpoint, outcome: string, seconds: number) {
      requests.inc({ endpoint, outcome });
      duration.observe({ endpoint, outcome }, seconds);
    },
  };
}
export type UpstreamMetrics = ReturnType<typeof createUpstreamMetrics>;
