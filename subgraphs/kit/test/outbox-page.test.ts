import { AppError } from '../src/errors';
import { outboxPage, outboxPageArgs, OUTBOX_SETTLE_MS, settledPrefix } from '../src/outbox-page';

const now = new Date('2026-12-03T08:00:00.000Z');
const row = (id: number, ageMs: number) => ({ id, createdAt: new Date(now.getTime() - ageMs) });

describe('outbox page', () => {
  it('stops before a young gap in the ids (a transaction still open may fill it), passes an old one', () => {
    const rows = [row(4, 60_000), row(5, 100), row(7, 100), row(8, 50)];
    expect(settledPrefix(rows, 3, now).map((r) => r.id)).toEqual([4, 5]);
    // The same gap once older than the settle time: a rolled-back insert, skipped.
    const later = new Date(now.getTime() + OUTBOX_SETTLE_MS);
    expect(settledPrefix(rows, 3, later).map((r) => r.id)).toEqual([4, 5, 7, 8]);
    // A young gap right after the cursor holds the whole page back; no cursor means no gap before the first row.
    expect(settledPrefix([row(9, 10)], 7, now)).toEqual([]);
    expect(settledPrefix([row(9, 10)], null, now).map((r) => r.id)).toEqual([9]);
  });

  it('answers the last settled id as cursor, null for an empty page', () => {
    expect(outboxPage([row(1, 0), row(2, 0)], null, now)).toMatchObject({ cursor: '2' });
    expect(outboxPage([], 2, now)).toEqual({ events: [], cursor: null });
  });

  it('checks limit and cursor as BAD_USER_INPUT naming the query', () => {
    expect(outboxPageArgs(undefined, undefined, 'usersEvents')).toEqual({ cursor: null, take: 100 });
    expect(outboxPageArgs('', 500, 'usersEvents')).toEqual({ cursor: null, take: 500 });
    expect(outboxPageArgs('42', 1, 'usersEvents')).toEqual({ cursor: 42, take: 1 });
    for (const limit of [0, 501, 1.5]) expect(() => outboxPageArgs(null, limit, 'usersEvents')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    const err = (() => {
      try {
        outboxPageArgs('users-1', 10, 'usersEvents');
      } catch (e) {
        return e as AppError;
      }
    })();
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: 'BAD_USER_INPUT', detail: 'after must be a cursor returned by usersEvents.' });
  });
});
