import type { EntityManager } from '@mikro-orm/core';
import { AppError } from './errors';
import { isPostgres } from './orm';

export type Granularity = 'DAY' | 'HOUR';

/** A trend window as stats keys it: `buckets` buckets of one `granularity` from `since`. */
export interface TrendWindow {
  granularity: Granularity;
  since: Date;
  buckets: number;
}

/** One non-empty bucket of a series; stats fills the empty ones. */
export interface BucketCount {
  bucket: number;
  count: number;
}

const STEP_MS: Record<Granularity, number> = { DAY: 86_400_000, HOUR: 3_600_000 };
const MAX_BUCKETS = 90 * 24;

/** Checks a `Trends` representation (it came through the gateway's plan, but is still input). */
export function trendWindow(ref: { granularity?: unknown; since?: unknown; buckets?: unknown }): TrendWindow {
  const since = new Date(String(ref.since));
  const granularity = ref.granularity === 'HOUR' ? 'HOUR' : ref.granularity === 'DAY' ? 'DAY' : undefined;
  const buckets = Number(ref.buckets);
  if (!granularity || Number.isNaN(since.getTime()) || !Number.isInteger(buckets) || buckets < 1 || buckets > MAX_BUCKETS) {
    throw new AppError('BAD_USER_INPUT', { detail: 'Invalid trend window.' });
  }
  return { granularity, since, buckets };
}

export const windowKey = (w: TrendWindow) => `${w.granularity}:${w.since.toISOString()}:${w.buckets}`;

/**
 * Counts rows per bucket of `column` inside the window with one grouped query over an index on
 * `column` (SQLite stores instants as epoch milliseconds, PostgreSQL as timestamptz).
 * `where` is a fixed SQL condition with `?` placeholders for `params`.
 */
export async function bucketCounts(em: EntityManager, table: string, column: string, w: TrendWindow, where = '1 = 1', params: unknown[] = []): Promise<BucketCount[]> {
  const step = STEP_MS[w.granularity];
  const until = new Date(w.since.getTime() + w.buckets * step);
  const bucket = isPostgres(em)
    ? `floor(extract(epoch from (${column} - cast(? as timestamptz))) * 1000 / ?)`
    : `cast((${column} - ?) / ? as integer)`;
  const rows = (await em.getConnection().execute(
    `select ${bucket} as b, count(*) as n from ${table} where ${column} >= ? and ${column} < ? and (${where}) group by 1`,
    [w.since, step, w.since, until, ...params],
  )) as { b: number | string; n: number | string }[];
  return rows.map((r) => ({ bucket: Number(r.b), count: Number(r.n) })).sort((a, b) => a.bucket - b.bucket);
}

/**
 * `column` as a value SQLite's planner will not pick an index for (`+column`): without statistics
 * it prefers the status index (a scan of every row of that status) over the covering time-range
 * index. PostgreSQL plans from statistics, so the column stays as it is there.
 */
export function unindexed(em: EntityManager, column: string): string {
  return isPostgres(em) ? column : `+${column}`;
}

/** A timestamp read back from raw SQL: epoch milliseconds on SQLite, a Date on PostgreSQL. */
export function instant(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  const n = Number(value);
  return new Date(Number.isNaN(n) ? String(value) : n);
}
