/** What the gateway's GET /readyz answers: overall, each subgraph, and Redis when configured. */
export interface Readiness {
  ok: boolean;
  subgraphs?: Record<string, boolean>;
  redis?: boolean;
}

export interface ServiceState {
  name: string;
  ready: boolean;
}

/** Each service with its readiness: the gateway itself (it answered), every subgraph, Redis. */
export function servicesOf(r: Readiness): ServiceState[] {
  const out: ServiceState[] = [{ name: 'gateway', ready: true }];
  for (const [name, ready] of Object.entries(r.subgraphs ?? {})) out.push({ name, ready: ready === true });
  if (r.redis !== undefined) out.push({ name: 'redis', ready: r.redis === true });
  return out;
}
