import { Counter, type Registry } from 'prom-client';

/** Notify's own metrics: notifications made and delivery attempts by outcome (bounded labels). */
export function createNotifyMetrics(registry: Registry) {
  const notifications = new Counter({ name: 'seatpool_notify_notifications_total', help: 'Deliveries created, by notification type', labelNames: ['type'], registers: [registry] });
  const attempts = new Counter({
    name: 'seatpool_notify_delivery_attempts_total',
    help: 'Delivery attempts by outcome (delivered, retry, failed, gone, error)',
    labelNames: ['outcome'],
    registers: [registry],
  });
  const events = new Counter({ name: 'seatpool_notify_events_total', help: 'Source events read, by source and outcome', labelNames: ['source', 'outcome'], registers: [registry] });
  return {
    notification: (type: string, n = 1) => notifications.inc({ type }, n),
    attempt: (outcome: 'delivered' | 'retry' | 'failed' | 'gone' | 'error') => attempts.inc({ outcome }),
    event: (source: 'pool' | 'users', outcome: 'read' | 'malformed' | 'unavailable') => events.inc({ source, outcome }),
  };
}
export type NotifyMetrics = ReturnType<typeof createNotifyMetrics>;
