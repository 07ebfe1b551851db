import type { EntityManager } from '@mikro-orm/core';
import { outboxPage, outboxPageArgs, settledPrefix, type EventEnvelope, type OutboxRow } from '@seatpool/kit';
import { OutboxEvent } from '../entities';

/** Envelope version of every pool event type (bumped per type when its `data` changes incompatibly). */
export const POOL_EVENT_VERSION = 1;

/**
 * The envelope of an outbox row (docs/architecture/EVENTS.md): id `pool-<row id>`, type `pool.` +
 * row type, `data` = the payload plus the row's mother, team, placement key and email when set.
 */
export function poolEnvelope(row: OutboxEvent): EventEnvelope {
  const data: Record<string, unknown> = { ...row.payload };
  if (row.motherId != null) data.motherId = row.motherId;
  if (row.teamId != null) data.teamId = row.teamId;
  if (row.placementKey != null) data.placementKey = row.placementKey;
  if (row.email != null) data.email = row.email;
  return { id: `pool-${row.id}`, type: `pool.${row.type}`, source: 'pool', version: POOL_EVENT_VERSION, occurredAt: row.createdAt.toISOString(), data };
}

/** The outbox read side for the users service: events after a cursor, oldest first (so ordered per mother). */
export class OutboxService {
  constructor(private readonly em: EntityManager, private readonly now: () => Date) {}

  async events(after: string | null | undefined, limit: number | null | undefined) {
    const { cursor, take } = outboxPageArgs(after, limit, 'poolEvents');
    const rows = await this.em.find(OutboxEvent, cursor === null ? {} : { id: { $gt: cursor } }, { orderBy: { id: 'asc' }, limit: take, disableIdentityMap: true });
    return outboxPage(rows, cursor, this.now());
  }

  /** The relay's read: unpublished rows, oldest first, as envelopes (the same settle rule as `events`). */
  async unpublished(limit: number): Promise<OutboxRow[]> {
    const rows = await this.em.find(OutboxEvent, { publishedAt: null }, { orderBy: { id: 'asc' }, limit, disableIdentityMap: true });
    const first = rows[0] ? await this.em.findOne(OutboxEvent, { id: { $lt: rows[0].id } }, { orderBy: { id: 'desc' }, fields: ['id'], disableIdentityMap: true }) : null;
    return this.settledPrefix(rows, first?.id ?? null).map((row) => ({ rowId: row.id, envelope: poolEnvelope(row) }));
  }

  async markPublished(ids: number[]): Promise<void> {
    await this.em.nativeUpdate(OutboxEvent, { id: { $in: ids } }, { publishedAt: this.now() });
  }

  /** Rows up to the first gap in the ids a transaction still open may fill (kit's `settledPrefix`). */
  private settledPrefix(rows: OutboxEvent[], cursor: number | null): OutboxEvent[] {
    return settledPrefix(rows, cursor, this.now());
  }
}
