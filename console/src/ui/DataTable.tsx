import type { ReactNode } from 'react';
import { useI18n } from '../core/i18n';
import { Pager } from './Pager';
import { Progress } from './Progress';

export interface Column<R> {
  key: string;
  header: string;
  cell: (row: R) => ReactNode;
  className?: string;
}

/**
 * One page of rows from the server, with an optional selection column (for bulk actions) and
 * the pager under it. Rows are never fetched one by one: the caller's query returns the page.
 */
export function DataTable<R>(props: {
  caption: string;
  columns: Column<R>[];
  rows: readonly R[] | undefined;
  rowKey: (row: R) => string;
  loading?: boolean;
  page?: { page: number; pageSize: number; total: number; onPage: (p: number) => void; onPageSize?: (s: number) => void };
  selection?: { selected: Set<string>; onChange: (next: Set<string>) => void };
}) {
  const { t } = useI18n();
  const rows = props.rows ?? [];
  const sel = props.selection;
  const allOnPage = rows.length > 0 && rows.every((r) => sel?.selected.has(props.rowKey(r)));
  return (
    <div className="table-wrap">
      {props.loading && rows.length === 0 ? <Progress label={t('common.loading')} /> : null}
      <table className="data-table">
        <caption className="sr-only">{props.caption}</caption>
        <thead>
          <tr>
            {sel ? (
              <th scope="col" className="col-select">
                <input
                  type="checkbox"
                  aria-label={t('table.selectPage')}
                  checked={allOnPage}
                  onChange={(e) => {
                    const next = new Set(sel.selected);
                    for (const r of rows) (e.target.checked ? next.add(props.rowKey(r)) : next.delete(props.rowKey(r)));
                    sel.onChange(next);
                  }}
                />
              </th>
            ) : null}
            {props.columns.map((c) => (
              <th key={c.key} scope="col" className={c.className}>{c.header}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const key = props.rowKey(r);
            return (
              <tr key={key}>
                {sel ? (
                  <td className="col-select">
                    <input
                      type="checkbox"
                      aria-label={t('table.selectRow', { id: key })}
                      checked={sel.selected.has(key)}
                      onChange={(e) => {
                        const next = new Set(sel.selected);
                        if (e.target.checked) next.add(key);
                        else next.delete(key);
                        sel.onChange(next);
                      }}
                    />
                  </td>
                ) : null}
                {props.columns.map((c) => (
                  <td key={c.key} className={c.className}>{c.cell(r)}</td>
                ))}
              </tr>
            );
          })}
          {!props.loading && rows.length === 0 ? (
            <tr>
              <td colSpan={props.columns.length + (sel ? 1 : 0)} className="empty">{t('common.empty')}</td>
            </tr>
          ) : null}
        </tbody>
      </table>
      {props.page ? <Pager {...props.page} onPage={props.page.onPage} /> : null}
    </div>
  );
}
