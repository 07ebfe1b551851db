import { fillBuckets, trendWindow, windowEnd } from '../src/services/trends';
import { acceptanceRate } from '../src/services/ratios';

const at = (iso: string) => new Date(iso).getTime();

describe('trend windows', () => {
  it('30 daily buckets end with the current UTC day', () => {
    const w = trendWindow(30, 'DAY', at('2026-11-26T10:15:00Z'));
    expect(w).toEqual({ granularity: 'DAY', since: new Date('2026-10-28T00:00:00Z'), buckets: 30 });
    expect(windowEnd(w)).toEqual(new Date('2026-11-27T00:00:00Z'));
  });

  it('48 hourly buckets end with the current hour', () => {
    const w = trendWindow(2, 'HOUR', at('2026-11-26T10:15:00Z'));
    expect(w).toEqual({ granularity: 'HOUR', since: new Date('2026-11-24T11:00:00Z'), buckets: 48 });
    expect(windowEnd(w)).toEqual(new Date('2026-11-26T11:00:00Z'));
  });

  it('refuses windows outside 1–90 days and hourly windows over 2 days', () => {
    for (const [days, g] of [[0, 'DAY'], [91, 'DAY'], [1.5, 'DAY'], [3, 'HOUR']] as const) {
      expect(() => trendWindow(days, g, Date.now())).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
    }
  });

  it('fills empty buckets with 0 and ignores buckets outside the window', () => {
    const w = { granularity: 'DAY' as const, since: new Date('2026-11-24T00:00:00Z'), buckets: 3 };
    expect(fillBuckets(w, [{ bucket: 2, count: 5 }, { bucket: 0, count: 1 }, { bucket: 3, count: 9 }, { bucket: -1, count: 9 }])).toEqual([
      { start: new Date('2026-11-24T00:00:00Z'), count: 1 },
      { start: new Date('2026-11-25T00:00:00Z'), count: 0 },
      { start: new Date('2026-11-26T00:00:00Z'), count: 5 },
    ]);
  });
});

describe('acceptance rate', () => {
  it('is accepted over delivered, and null (not 0) when nothing was delivered', () => {
    expect(acceptanceRate({ invitesDelivered: 3, invitesAccepted: 2 })).toBe(0.6667);
    expect(acceptanceRate({ invitesDelivered: 0, invitesAccepted: 0 })).toBeNull();
  });
});
