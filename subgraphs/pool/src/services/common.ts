import { UniqueConstraintViolationException, type EntityManager, type EntityName, type FilterQuery } from '@mikro-orm/core';
import { AppError, pageWindow } from '@seatpool/kit';
import { OutboxEvent, type PoolEventType } from '../entities';

export const bad = (detail: string) => new AppError('BAD_USER_INPUT', { detail });
export const notFound = (detail: string) => new AppError('NOT_FOUND', { detail });
export const conflict = (detail: string) => new AppError('CONFLICT', { detail });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (id: string) => UUID.test(id);
/** Ids that cannot be a row id are dropped before they reach SQL (a uuid column refuses them). */
export const uuidsOnly = (ids: readonly string[]) => ids.filter(isUuid);

/** An id argument of `what`: NOT_FOUND when it cannot even be one. */
export function idOf(what: string, id: string): string {
  if (!isUuid(id)) throw notFound(`No ${what} has the id ${id.slice(0, 64)}.`);
  return id.toLowerCase();
}

export interface PageArgs {
  page: number;
  pageSize: number;
  offset: number;
}

/** Pool's lists declare `pageSize: Int = 20` in the SDL; the rule itself is kit's `pageWindow`. */
const POOL_DEFAULT_PAGE_SIZE = 20;

/** kit's one pagination rule (page ≥ 1, pageSize 1..200) with pool's SDL default. */
export function pageArgs(page: number | null | undefined, pageSize: number | null | undefined): PageArgs {
  return pageWindow({ page, pageSize }, { defaultSize: POOL_DEFAULT_PAGE_SIZE });
}

/** Runs a write whose unique name may clash: a clash is CONFLICT with `message`. */
export async function uniqueName(run: () => Promise<unknown>, message: string): Promise<void> {
  try {
    await run();
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException) throw conflict(message);
    throw err;
  }
}

/** Rows of `entity` by id in one query (ids that cannot be a row id are dropped first), as a map. */
export async function rowsByIds<T extends { id: string }>(em: EntityManager, entity: EntityName<T>, ids: readonly string[]): Promise<Map<string, T>> {
  const valid = uuidsOnly(ids);
  const rows = valid.length ? await em.find(entity, { id: { $in: valid } } as unknown as FilterQuery<T>, { disableIdentityMap: true }) : [];
  return new Map(rows.map((r) => [r.id, r as T]));
}

/** A page of a named list (groups), by name. */
export async function pageByName<T extends { name: string }>(em: EntityManager, entity: EntityName<T>, page?: number | null, pageSize?: number | null) {
  const args = pageArgs(page, pageSize);
  const [items, total] = await em.findAndCount(entity, {} as FilterQuery<T>, { orderBy: { name: 'asc' } as never, limit: args.pageSize, offset: args.offset, disableIdentityMap: true });
  return { items: items as T[], total, page: args.page, pageSize: args.pageSize };
}

/** Rows of `table` counted per `column` value with one aggregate query; 0 for an id with none. */
export async function countsBy(em: EntityManager, table: string, column: string, ids: readonly string[]): Promise<Map<string, number>> {
  const valid = uuidsOnly(ids);
  const out = new Map<string, number>(ids.map((id) => [id, 0]));
  if (!valid.length) return out;
  const rows: Record<string, unknown>[] = await em
    .getConnection()
    .execute(`select ${column} as id, count(*) as n from ${table} where ${column} in (${valid.map(() => '?').join(', ')}) group by ${column}`, valid);
  for (const r of rows) out.set(r.id as string, Number(r.n));
  return out;
}

/**
 * A LIKE pattern matching lower-cased `text` anywhere. `%` and `_` typed by the user stay
 * wildcards (SQLite has no default LIKE escape): a search may match a little more, never less.
 */
export const containsPattern = (text: string) => `%${text.toLowerCase()}%`;

/** Optional text: trimmed, empty → null, at most `max` characters. */
export function optionalText(field: string, value: string | null | undefined, max: number): string | null {
  const v = value?.trim() || null;
  if (v && v.length > max) throw bad(`${field} must be at most ${max} characters.`);
  return v;
}

export interface PoolEventInput {
  type: PoolEventType;
  motherId?: string | null;
  teamId?: string | null;
  placementKey?: string | null;
  email?: string | null;
  payload: Record<string, unknown>;
}

// Events about a mother that operators filter by group (notify's per-group webhooks).
const GROUPED: ReadonlySet<PoolEventType> = new Set(['mother.status_changed', 'team.lost', 'mother.breaker_changed']);

/**
 * Writes an outbox event on `em` (call it inside the transaction of the change it announces).
 * Events about a mother carry its mother group and pool group as they are at that moment, read
 * in the same transaction (a deleted mother has none).
 */
export async function emit(em: EntityManager, at: Date, event: PoolEventInput) {
  let groups: Record<string, string | null> = {};
  if (event.motherId && GROUPED.has(event.type) && !('motherGroupId' in event.payload)) {
    const rows: { mother_group_id: string | null; pool_group_id: string | null }[] = await em
      .getConnection()
      .execute('select mother_group_id, pool_group_id from mother where id = ?', [event.motherId], 'all', em.getTransactionContext());
    if (rows[0]) groups = { motherGroupId: rows[0].mother_group_id ?? null, poolGroupId: rows[0].pool_group_id ?? null };
  }
  return em.insert(OutboxEvent, {
    type: event.type,
    motherId: event.motherId ?? null,
    teamId: event.teamId ?? null,
    placementKey: event.placementKey ?? null,
    email: event.email ?? null,
    payload: { ...event.payload, ...groups, at: at.toISOString() },
    createdAt: at,
  });
}

/** Runs `work` over `items` with at most `limit` in flight; results in input order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const runners = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i], i);
    }
  });
  await Promise.all(runners);
  return out;
}
