/** What an operator can be notified of (the SDL's `NotificationType`). */
export const NOTIFICATION_TYPES = [
  'SEATS_LOW',
  'SEATS_RECOVERED',
  'MOTHER_LOST',
  'TOKEN_EXPIRING',
  'JOB_FINISHED',
  'JOB_FAILED',
  'REDEEM_FAILURES_HIGH',
  'BREAKER_OPEN',
  'TEST',
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

/** The body's `type`: `SEATS_LOW` → `seats.low`, `REDEEM_FAILURES_HIGH` → `redeem.failures_high`. */
export function wireType(type: NotificationType): string {
  const lower = type.toLowerCase();
  const cut = lower.indexOf('_');
  return cut < 0 ? lower : `${lower.slice(0, cut)}.${lower.slice(cut + 1)}`;
}

/**
 * A notification before it becomes deliveries. `motherGroupId` / `poolGroupId` are what an
 * endpoint's filters compare; `scoped: false` (jobs, tests) means filters do not apply.
 */
export interface Notification {
  type: NotificationType;
  /** Unique per source fact (event id, threshold crossing, token expiry): one delivery per endpoint. */
  sourceKey: string;
  occurredAt: Date;
  data: Record<string, unknown>;
  scoped: boolean;
  motherGroupId?: string | null;
  poolGroupId?: string | null;
}

export interface EndpointFilter {
  eventTypes: string[];
  motherGroupId?: string | null;
  poolGroupId?: string | null;
}

/** Whether an endpoint wants this notification: its types (empty = all) and, for scoped ones, its group filters. */
export function wants(endpoint: EndpointFilter, n: Pick<Notification, 'type' | 'scoped' | 'motherGroupId' | 'poolGroupId'>): boolean {
  if (n.type !== 'TEST' && endpoint.eventTypes.length > 0 && !endpoint.eventTypes.includes(n.type)) return false;
  if (!n.scoped) return true;
  if (endpoint.motherGroupId && endpoint.motherGroupId !== n.motherGroupId) return false;
  if (endpoint.poolGroupId && endpoint.poolGroupId !== n.poolGroupId) return false;
  return true;
}

/** The JSON body of a delivery: `{ type, timestamp, data }`, with any `email` field dropped. */
export function notificationBody(n: Pick<Notification, 'type' | 'occurredAt' | 'data'>): string {
  const data = Object.fromEntries(Object.entries(n.data).filter(([k]) => k.toLowerCase() !== 'email'));
  return JSON.stringify({ type: wireType(n.type), timestamp: n.occurredAt.toISOString(), data });
}
