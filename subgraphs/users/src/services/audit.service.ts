import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { pageWindow, type Identity, type Page } from '@seatpool/kit';
import { randomUUID } from 'node:crypto';
import { AuditLog } from '../entities';
import { compact, newestFirst, timeRange, type TimeFilter } from './list-filters';
import { redact } from './redaction';

/** Who is acting, for the audit log: the admin session, an API key, or `system` (maintenance). */
export interface Actor {
  actor: string;
  sessionId: string | null;
  requestId: string;
  ip: string | null;
}

export function actorOf(identity: Identity | null, requestId: string): Actor {
  if (!identity) return { actor: 'system', sessionId: null, requestId, ip: null };
  const ip = identity.ip?.slice(0, 64) ?? null;
  switch (identity.kind) {
    case 'admin':
      return { actor: 'admin', sessionId: identity.sub, requestId, ip };
    case 'apikey':
      return { actor: `apikey:${identity.sub}`.slice(0, 64), sessionId: null, requestId, ip };
    case 'service':
      return { actor: `service:${identity.sub}`.slice(0, 64), sessionId: null, requestId, ip };
    default:
      return { actor: 'public', sessionId: null, requestId, ip };
  }
}

export interface AuditFilter extends TimeFilter {
  action?: string | null;
  actor?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  requestId?: string | null;
}

/**
 * The audit log. `record` inserts through the entity manager it is given, so a caller passes its
 * transaction's manager and the entry commits (or rolls back) together with the change it describes.
 */
export class AuditService {
  constructor(private readonly em: EntityManager, private readonly actor: Actor, private readonly now: () => Date) {}

  get who(): Actor {
    return this.actor;
  }

  /** One entry for `action` on `target`; secrets in `payload` are replaced by `[redacted]`. */
  async record(em: EntityManager, action: string, target: { type: string; id: string } | null, payload?: unknown): Promise<void> {
    await em.insert(AuditLog, {
      id: randomUUID(),
      actor: this.actor.actor,
      sessionId: this.actor.sessionId,
      action,
      targetType: target?.type ?? null,
      targetId: target?.id.slice(0, 64) ?? null,
      payload: payload === undefined ? null : JSON.stringify(redact(payload)),
      requestId: this.actor.requestId.slice(0, 128),
      ip: this.actor.ip,
      createdAt: this.now(),
    });
  }

  /** Newest first, filtered by action, actor, target, request id and time. */
  async list(filter: AuditFilter = {}, args: { page?: number | null; pageSize?: number | null } = {}): Promise<Page<AuditLog>> {
    const window = pageWindow(args);
    const where = compact({
      action: filter.action ?? undefined,
      actor: filter.actor ?? undefined,
      targetType: filter.targetType ?? undefined,
      targetId: filter.targetId ?? undefined,
      requestId: filter.requestId ?? undefined,
      createdAt: timeRange(filter.createdFrom, filter.createdTo),
    }) as FilterQuery<AuditLog>;
    return newestFirst(this.em, AuditLog, where, window);
  }
}
