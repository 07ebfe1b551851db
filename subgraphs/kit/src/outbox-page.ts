import { AppError } from './errors';

/**
 * A gap in the ids younger than this may still be filled by a transaction that has not committed
 * yet (PostgreSQL hands out serial ids before commit): a read stops before it, so a consumer's
 * cursor never jumps over an event. Older gaps are rolled-back inserts and are skipped.
 */
export const OUTBOX_SETTLE_MS = 5_000;

/** The most rows one outbox page may ask for. */
export const OUTBOX_MAX_LIMIT = 500;

/**
 * The arguments of a polled outbox query (`poolEvents`, `usersEvents`): `limit` 1..500 (default
 * 100), `after` a cursor the same query returned (absent: from the beginning). Bad values are
 * BAD_USER_INPUT naming the query.
 */
export function outboxPageArgs(after: string | null | undefined, limit: number | null | undefined, query: string): { cursor: number | null; take: number } {
  const take = limit ?? 100;
  if (!Number.isInteger(take) || take < 1 || take > OUTBOX_MAX_LIMIT) throw new AppError('BAD_USER_INPUT', { detail: `limit must be from 1 to ${OUTBOX_MAX_LIMIT}.` });
  if (after == null || after === '') return { cursor: null, take };
  if (!/^\d{1,15}$/.test(after)) throw new AppError('BAD_USER_INPUT', { detail: `after must be a cursor returned by ${query}.` });
  return { cursor: Number(after), take };
}

/**
 * The rows (ascending ids after `cursor`) a reader may pass: up to the first gap in the ids that is
 * younger than `settleMs`, since a transaction still open may fill it.
 */
export function settledPrefix<R extends { id: number; createdAt: Date }>(rows: R[], cursor: number | null, now: Date, settleMs = OUTBOX_SETTLE_MS): R[] {
  const young = now.getTime() - settleMs;
  let previous = cursor;
  for (let i = 0; i < rows.length; i++) {
    const gap = previous !== null && rows[i].id !== previous + 1;
    if (gap && rows[i].createdAt.getTime() > young) return rows.slice(0, i);
    previous = rows[i].id;
  }
  return rows;
}

/** A page of settled rows and the cursor to read on from (null when the page is empty). */
export function outboxPage<R extends { id: number; createdAt: Date }>(rows: R[], cursor: number | null, now: Date): { events: R[]; cursor: string | null } {
  const events = settledPrefix(rows, cursor, now);
  return { events, cursor: events.length ? String(events[events.length - 1].id) : null };
}
