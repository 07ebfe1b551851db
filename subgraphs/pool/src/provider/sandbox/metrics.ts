import { createRegistry } from '@seatpool/kit';
import type { ServerResponse } from 'node:http';
import { Counter } from 'prom-client';

/**
 * `/metrics` of the sandbox, like every other service: process metrics plus the upstream calls it
 * answered, by route template (bounded: unknown paths count as `unmatched`) and status, so a load
 * test or a fault drill can be read off the same dashboard.
 */
export function sandboxMetrics() {
  const registry = createRegistry('sandbox');
  const requests = new Counter({
    name: 'seatpool_sandbox_upstream_requests_total',
    help: 'Upstream API calls the sandbox answered, by method, route template and status',
    labelNames: ['method', 'route', 'status'],
    registers: [registry],
  });
  return {
    registry,
    observe(method: string, template: string | undefined, status: number): void {
      requests.inc({ method, route: template ?? 'unmatched', status: String(status) });
    },
    async respond(res: ServerResponse): Promise<void> {
      const text = await registry.metrics();
      res.writeHead(200, { 'content-type': registry.contentType, 'content-length': Buffer.byteLength(text) });
      res.end(text);
    },
  };
}
