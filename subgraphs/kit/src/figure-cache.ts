import type { EntityManager } from '@mikro-orm/core';
import { isPostgres } from './orm';

/**
 * How long a figure set may be served without recomputing it even when nothing was written (the
 * time-dependent figures — expiry, sliding windows — may lag by this much). 0 turns the cache off
 * (the benchmark's cold runs).
 */
export const figureCacheSettings = { ttlMs: 5_000 };

const MAX_ENTRIES = 200;
type Entry = { version: string; at: number; value: Promise<unknown> };
/** One cache per database connection (so per ORM instance, never shared between two services in one process). */
const caches = new WeakMap<object, Map<string, Entry>>();

/**
 * A token that changes whenever any transaction wrote: SQLite's change counter of the (single)
 * connection plus `data_version` (writes by other processes); PostgreSQL's transaction snapshot
 * (next xid and in-progress xids). One cheap statement, no table read.
 */
async function dataVersion(em: EntityManager): Promise<string> {
  const conn = em.getConnection();
  if (isPostgres(em)) {
    const [row] = (await conn.execute('select txid_current_snapshot()::text as v')) as { v: string }[];
    return row.v;
  }
  const [row] = (await conn.execute('select total_changes() as c')) as { c: number }[];
  const [data] = (await conn.execute('pragma data_version')) as { data_version: number }[];
  return `${row.c}:${data.data_version}`;
}

/**
 * Figures computed at most once per database state and `ttlMs`: an unchanged database answers from
 * memory, any write makes the next read recompute. Concurrent callers share one computation.
 */
export async function cachedFigures<T>(em: EntityManager, key: string, compute: () => Promise<T>): Promise<T> {
  if (figureCacheSettings.ttlMs <= 0) return compute();
  const conn = em.getConnection();
  let cache = caches.get(conn);
  if (!cache) caches.set(conn, (cache = new Map()));
  const version = await dataVersion(em);
  const now = Date.now();
  const hit = cache.get(key);
  if (hit && hit.version === version && now - hit.at < figureCacheSettings.ttlMs) return hit.value as Promise<T>;
  const value = compute();
  cache.delete(key);
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  cache.set(key, { version, at: now, value });
  value.catch(() => cache.get(key)?.value === value && cache.delete(key));
  return value;
}
