import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A list screen's page, page size and filters, kept in the URL (?page=2&status=USED): deep links,
 * back/forward and reloads show the same page. Filters are strings; '' means "not filtered".
 */
export function useListState<F extends Record<string, string>>(defaults: F, defaultPageSize = 20) {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const pageSize = Math.min(100, Math.max(1, Number(params.get('pageSize')) || defaultPageSize));
  const key = params.toString();
  const filters = useMemo(
    () => Object.fromEntries(Object.keys(defaults).map((k) => [k, params.get(k) ?? defaults[k]])) as F,
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key],
  );
  const update = useCallback(
    (changes: Record<string, string | number | undefined>) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [k, v] of Object.entries(changes)) {
            if (v === undefined || v === '') next.delete(k);
            else next.set(k, String(v));
          }
          return next;
        },
        { replace: false },
      ),
    [setParams],
  );
  return {
    page,
    pageSize,
    filters,
    setFilters: (next: Partial<F>) => update({ ...next, page: undefined }),
    resetFilters: () => update({ ...Object.fromEntries(Object.keys(defaults).map((k) => [k, undefined])), page: undefined }),
    setPage: (p: number) => update({ page: p <= 1 ? undefined : p }),
    setPageSize: (s: number) => update({ pageSize: s, page: undefined }),
  };
}

/** Drops empty filter values, so the API sees only what the operator set. */
export function compact<T extends Record<string, unknown>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== '' && v !== undefined && v !== null)) as Partial<T>;
}

/** A date input's day (YYYY-MM-DD, local) as the first instant of that day. */
export function dayStart(day: string): string | undefined {
  if (!day) return undefined;
  const d = new Date(`${day}T00:00:00`);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

/** A date input's day as the last instant of that day (inclusive "to" filters). */
export function dayEnd(day: string): string | undefined {
  if (!day) return undefined;
  const d = new Date(`${day}T23:59:59.999`);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}
