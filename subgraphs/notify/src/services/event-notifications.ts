import type { SourceEvent } from './feeds';
import type { Notification } from './notification-types';

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/**
 * The notifications one source event makes (EVENTS.md "Notifications"); `users.redeem.failed`
 * is counted separately (a rate, not one notification per event). Unknown types make none.
 */
export function notificationsOf(e: SourceEvent): Notification[] {
  const d = e.data;
  const base = { sourceKey: e.eventId, occurredAt: e.occurredAt };
  const groups = { motherGroupId: str(d.motherGroupId), poolGroupId: str(d.poolGroupId) };
  switch (e.type) {
    case 'pool.mother.status_changed':
      if (String(d.to ?? '').toUpperCase() !== 'INVALID') return [];
      return [{ ...base, type: 'MOTHER_LOST', scoped: true, ...groups, data: pick(d, ['motherId', 'motherGroupId', 'poolGroupId', 'from', 'to', 'reason'], { cause: 'status_changed' }) }];
    case 'pool.team.lost':
      // A team removed with its mother by an operator is no loss to report.
      if (d.reason === 'mother_deleted') return [];
      return [{ ...base, type: 'MOTHER_LOST', scoped: true, ...groups, data: pick(d, ['motherId', 'teamId', 'motherGroupId', 'poolGroupId', 'reason'], { cause: 'team_lost' }) }];
    case 'pool.mother.breaker_changed':
      if (String(d.state ?? '').toLowerCase() !== 'open') return [];
      return [{ ...base, type: 'BREAKER_OPEN', scoped: true, ...groups, data: pick(d, ['motherId', 'motherGroupId', 'poolGroupId', 'state']) }];
    case 'users.job.finished': {
      const status = String(d.status ?? '').toUpperCase();
      const failed = status === 'FAILED' || status === 'PARTIALLY_FAILED';
      return [{ ...base, type: failed ? 'JOB_FAILED' : 'JOB_FINISHED', scoped: false, data: pick(d, ['jobId', 'kind', 'status', 'total', 'succeeded', 'failed']) }];
    }
    default:
      return [];
  }
}

/** Only the named fields (never an email or anything a producer adds later unreviewed), in the `{ … }` of a body. */
function pick(d: Record<string, unknown>, keys: string[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (d[k] !== undefined) out[k] = d[k];
  return { ...out, ...extra };
}
