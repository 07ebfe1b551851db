import type { EntityManager } from '@mikro-orm/core';
import { outboxPage, outboxPageArgs, settledPrefix, type EventEnvelope, type OutboxRow } from '@seatpool/kit';
import { UsersOutboxEvent } from '../entities';

/** The envelope of an outbox row (docs/architecture/EVENTS.md): id `users-<row id>`, the stored type, version and data. */
export function usersEnvelope(row: UsersOutboxEvent): EventEnvelope {
  return { id: `users-${row.id}`, type: row.type, source: 'users', version: row.version, occurredAt: row.createdAt.toISOString(), data: row.payload };
}

/**
 * Users' outbox read side: `usersEvents` pages (for notify, by cursor) and the NATS relay's read
 * of unpublished rows. Both stop at a young gap in the ids (kit's `settledPrefix`): a transaction
 * still open may fill it, and nobody may read past an event that is not committed yet.
 */
export class UsersOutboxService {
  constructor(private readonly em: EntityManager, private readonly now: () => Date) {}

  async events(after: string | null | undefined, limit: number | null | undefined): Promise<{ events: UsersOutboxEvent[]; cursor: string | null }> {
    const { cursor, take } = outboxPageArgs(after, limit, 'usersEvents');
    const rows = await this.em.find(UsersOutboxEvent, cursor === null ? {} : { id: { $gt: cursor } }, { orderBy: { id: 'asc' }, limit: take, disableIdentityMap: true });
    return outboxPage(rows, cursor, this.now());
  }

  /** The relay's read: unpublished rows, oldest first, as envelopes; the row before the first is the gap check's start. */
  async unpublished(limit: number): Promise<OutboxRow[]> {
    const rows = await this.em.find(UsersOutboxEvent, { publishedAt: null }, { orderBy: { id: 'asc' }, limit, disableIdentityMap: true });
    if (!rows.length) return [];
    const before = await this.em.findOne(UsersOutboxEvent, { id: { $lt: rows[0].id } }, { orderBy: { id: 'desc' }, fields: ['id'], disableIdentityMap: true });
    return settledPrefix(rows, before?.id ?? null, this.now()).map((row) => ({ rowId: row.id, envelope: usersEnvelope(row) }));
  }

  /** Marks rows published (only after JetStream acked them). */
  async markPublished(ids: number[]): Promise<void> {
    if (ids.length) await this.em.nativeUpdate(UsersOutboxEvent, { id: { $in: ids } }, { publishedAt: this.now() });
  }
}
