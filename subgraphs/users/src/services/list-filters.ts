import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/core';
import { AppError, type Page, type PageWindow } from '@seatpool/kit';

/** The creation-time bounds every list filter offers (`from` inclusive, `to` exclusive). */
export interface TimeFilter {
  createdFrom?: Date | null;
  createdTo?: Date | null;
}

/** A `{ $gte, $lt }` condition, or undefined when neither bound is set; BAD_USER_INPUT when from > to. */
export function timeRange(from?: Date | null, to?: Date | null): { $gte?: Date; $lt?: Date } | undefined {
  if (from && to && from > to) throw new AppError('BAD_USER_INPUT', { detail: 'A time range ends before it starts.' });
  if (!from && !to) return undefined;
  return { ...(from ? { $gte: from } : {}), ...(to ? { $lt: to } : {}) };
}

/** Drops undefined entries, so an absent filter field adds no condition. */
export function compact(where: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(where).filter(([, v]) => v !== undefined));
}

/** A LIKE pattern for `text` anywhere, lower-cased; the user's `%`, `_` and `\` are dropped (they never act as wildcards). */
export const likeAnywhere = (text: string) => `%${text.trim().toLowerCase().replace(/[%_\\]/g, '')}%`;

/** A trimmed, lower-cased email filter value (no format check: it only narrows a list). */
export function emailFilter(value: string | null | undefined): string | undefined {
  const email = value?.trim().toLowerCase();
  return email ? email : undefined;
}

/** One page of `entity` rows matching `where`, newest first (ties by id, so pages never overlap), with the total. */
export async function newestFirst<T extends object>(em: EntityManager, entity: EntityName<T>, where: FilterQuery<T> | Record<string, unknown>, window: PageWindow): Promise<Page<T>> {
  const [items, total] = await em.findAndCount(entity, where as FilterQuery<T>, { orderBy: { createdAt: 'desc', id: 'desc' } as never, limit: window.limit, offset: window.offset });
  return { items: items as T[], total, page: window.page, pageSize: window.pageSize };
}
