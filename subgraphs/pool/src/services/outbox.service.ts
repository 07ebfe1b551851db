import type { EntityManager } from '@mikro-orm/core';
import type { EventEnvelope, OutboxRow } from '@seatpool/kit';
import { OutboxEvent } from '../entities';
import { bad } from './common';

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

/**
 * A gap in the ids younger than this may still be filled by a transaction that has not committed
 * yet (PostgreSQL hands out serial ids before commit): the read stops before it, so a consumer's
 * cursor never jumps over an event. Older gaps are rolled-back inserts and are skipped.
 */
const SETTLE_MS = 5_000;

/** The outbox read side for the users service: events after a cursor, oldest first (so ordered per mother). */
export class OutboxService {
  constructor(private readonly em: EntityManager, private readonly now: () => Date) {}

  async events(after: string | null | undefined, limit: number | null | undefined) {
    const take = limit ?? 100;
    if (!Number.isInteger(take) || take < 1 || take > 500) throw bad('limit must be from 1 to 500.');
    let cursor: number | null = null;
    if (after != null && after !== '') {
      if (!/^\d{1,15}$/.test(after)) throw bad('after must be a cursor returned by poolEvents.');
      cursor = Number(after);
    }
    const rows = await this.em.find(OutboxEvent, cursor === null ? {} : { id: { $gt: cursor } }, { orderBy: { id: 'asc' }, limit: take, disableIdentityMap: true });
    const settled = this.settledPrefix(rows, cursor);
    return { events: settled, cursor: settled.length ? String(settled[settled.length - 1].id) : null };
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

  private settledPrefix(rows: OutboxEvent[], cursor: number | null): OutboxEvent[] {
    const young = this.now().getTime() - SETTLE_MS;
    let previous = cursor;
    for (let i = 0; i < rows.length; i++) {
      const gap = previous !== null && rows[i].id !== previous + 1;
      if (gap && rows[i].createdAt.getTime() > young) return rows.slice(0, i);
      previous = rows[i].id;
    }
    return rows;
  }
}
