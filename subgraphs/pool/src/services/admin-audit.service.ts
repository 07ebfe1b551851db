import type { EntityManager } from '@mikro-orm/core';
import { redactSecrets, type Identity, type Logger } from '@seatpool/kit';
import { emit } from './common';

export interface AdminAction {
  /** e.g. `mother.disable`; at most 64 characters. */
  action: string;
  target: { type: string; id: string | null } | null;
  /** The operation's input (and outcome figures); secrets are removed here, before it is stored. */
  payload?: unknown;
  motherId?: string | null;
}

/**
 * Pool's admin actions for the one audit log, which users owns: an `admin.action` outbox event
 * that users' pool-events consumer appends to `audit_log` (idempotent by event id). Written right
 * after the change commits; tokens, keys and other secrets never reach the outbox.
 */
export class AdminAuditService {
  constructor(
    private readonly em: EntityManager,
    private readonly who: { identity: Identity; requestId: string },
    private readonly deps: { now: () => Date; logger: Logger },
  ) {}

  async record(entry: AdminAction): Promise<void> {
    const { identity, requestId } = this.who;
    const actor = identity.kind === 'admin' ? 'admin' : `${identity.kind}:${identity.sub}`.slice(0, 64);
    try {
      // A transaction of its own: its commit nudges the NATS relay (see nats-relay.ts).
      await this.em.transactional((tx) => emit(tx, this.deps.now(), {
        type: 'admin.action',
        motherId: entry.motherId ?? null,
        payload: {
          actor,
          sessionId: identity.kind === 'admin' ? identity.sub : null,
          ip: identity.ip ?? null,
          requestId,
          action: entry.action,
          targetType: entry.target?.type ?? null,
          targetId: entry.target?.id ?? null,
          input: entry.payload === undefined ? null : redactSecrets(entry.payload, { byKey: true }),
        },
      }));
    } catch (err) {
      // The change itself is done; a lost audit entry is logged loudly rather than failing the answer.
      this.deps.logger.error({ err, action: entry.action, requestId }, 'admin action not written to the outbox');
    }
  }
}
