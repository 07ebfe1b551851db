import { AppError } from './errors';

/** A page of a list query: `{ items, total, page, pageSize }` (page numbers start at 1). */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface PageWindow {
  page: number;
  pageSize: number;
  offset: number;
  limit: number;
}

/** The one page-size ceiling of the whole API (docs/api/PAGINATION.md). */
export const MAX_PAGE_SIZE = 200;
/** The fallback when a list's SDL declares no default (and for an explicit `pageSize: null`). */
export const DEFAULT_PAGE_SIZE = 50;

/**
 * The one pagination rule of the API (docs/api/PAGINATION.md): `page` ≥ 1 (default 1), `pageSize`
 * 1..200 (default: the list's SDL default, passed as `defaultSize`). Out-of-range values are
 * BAD_USER_INPUT, never clamped; a page past the end is simply empty.
 */
export function pageWindow(
  args: { page?: number | null; pageSize?: number | null },
  opts: { defaultSize?: number; maxSize?: number } = {},
): PageWindow {
  const maxSize = opts.maxSize ?? MAX_PAGE_SIZE;
  const page = args.page ?? 1;
  const pageSize = args.pageSize ?? opts.defaultSize ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(page) || page < 1) throw new AppError('BAD_USER_INPUT', { detail: 'page must be 1 or more.' });
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > maxSize) {
    throw new AppError('BAD_USER_INPUT', { detail: `pageSize must be between 1 and ${maxSize}.` });
  }
  return { page, pageSize, offset: (page - 1) * pageSize, limit: pageSize };
}
