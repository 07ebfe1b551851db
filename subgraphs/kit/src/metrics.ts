import type { ApolloServerPlugin } from '@apollo/server';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/** One Prometheus registry per service, with process metrics labelled by service. */
export function createRegistry(service: string): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry, prefix: 'seatpool_' });
  return registry;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const MAX_NAMES = 200;

/**
 * Bounds label cardinality: operation names are client-chosen, so only well-formed names are kept
 * and, past MAX_NAMES distinct ones, the rest count as `other`.
 */
export function labelGuard() {
  const known = new Set<string>();
  return (name: string | null | undefined): string => {
    if (!name) return 'anonymous';
    if (!NAME.test(name)) return 'invalid';
    if (known.has(name)) return name;
    if (known.size >= MAX_NAMES) return 'other';
    known.add(name);
    return name;
  };
}

/** GraphQL operation count, errors by code and duration, by operation name and type. */
export function graphqlMetricsPlugin(registry: Registry): ApolloServerPlugin {
  const operations = new Counter({
    name: 'seatpool_graphql_operations_total',
    help: 'GraphQL operations executed, by operation name and type',
    labelNames: ['operation', 'type'],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'seatpool_graphql_errors_total',
    help: 'GraphQL errors returned, by operation and error code',
    labelNames: ['operation', 'code'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'seatpool_graphql_operation_duration_seconds',
    help: 'GraphQL operation duration in seconds',
    labelNames: ['operation', 'type'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const label = labelGuard();
  return {
    async requestDidStart() {
      const end = duration.startTimer();
      return {
        async willSendResponse(rc) {
          const operation = label(rc.operationName ?? rc.operation?.name?.value);
          const type = rc.operation?.operation ?? 'unknown';
          operations.inc({ operation, type });
          end({ operation, type });
          const body = rc.response.body;
          const list = body.kind === 'single' ? body.singleResult.errors ?? [] : [];
          for (const e of list) errors.inc({ operation, code: String(e.extensions?.code ?? 'INTERNAL') });
        },
      };
    },
  };
}
