import { AppError, type BucketCount, type Granularity, type TrendWindow } from '@seatpool/kit';

/** The window and bucket types are kit's (time-series-sql.ts), the same ones users and pool report in. */
export type { BucketCount, Granularity, TrendWindow };

export interface TrendPoint {
  start: Date;
  count: number;
}

export const STEP_MS: Record<Granularity, number> = { DAY: 86_400_000, HOUR: 3_600_000 };
export const MAX_DAYS = 90;
export const MAX_HOURLY_DAYS = 2;

/**
 * The window of `trends(days, granularity)`: whole UTC days (or hours) ending with the current one,
 * so every subgraph counts into the same buckets whatever its clock says when the plan reaches it.
 */
export function trendWindow(days: number, granularity: Granularity, now: number): TrendWindow {
  if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS) {
    throw new AppError('BAD_USER_INPUT', { detail: `days must be from 1 to ${MAX_DAYS}.` });
  }
  if (granularity === 'HOUR' && days > MAX_HOURLY_DAYS) {
    throw new AppError('BAD_USER_INPUT', { detail: `Hourly trends cover at most ${MAX_HOURLY_DAYS} days (48 hours).` });
  }
  const step = STEP_MS[granularity];
  const buckets = granularity === 'DAY' ? days : days * 24;
  const current = Math.floor(now / step) * step;
  return { granularity, since: new Date(current - (buckets - 1) * step), buckets };
}

/** End of the last bucket (exclusive). */
export function windowEnd(w: TrendWindow): Date {
  return new Date(new Date(w.since).getTime() + w.buckets * STEP_MS[w.granularity]);
}

/** One point per bucket, oldest first: the counts a domain reported, 0 where it reported none. */
export function fillBuckets(w: TrendWindow, counts: BucketCount[]): TrendPoint[] {
  const since = new Date(w.since).getTime();
  const step = STEP_MS[w.granularity];
  const points = Array.from({ length: w.buckets }, (_, i) => ({ start: new Date(since + i * step), count: 0 }));
  for (const { bucket, count } of counts) if (bucket >= 0 && bucket < w.buckets) points[bucket].count += count;
  return points;
}
