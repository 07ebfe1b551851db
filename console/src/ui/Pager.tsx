import { useI18n } from '../core/i18n';

export const PAGE_SIZES = [20, 50, 100];

/** Server-side paging: the list asks the API for one page; this only moves the page number. */
export function Pager(props: { page: number; pageSize: number; total: number; onPage: (page: number) => void; onPageSize?: (size: number) => void }) {
  const { t } = useI18n();
  const pages = Math.max(1, Math.ceil(props.total / props.pageSize));
  return (
    <nav className="pager" aria-label={t('pager.label')}>
      <button type="button" onClick={() => props.onPage(props.page - 1)} disabled={props.page <= 1}>
        ‹ {t('pager.prev')}
      </button>
      <span>{t('pager.summary', { page: props.page, pages, total: props.total })}</span>
      <button type="button" onClick={() => props.onPage(props.page + 1)} disabled={props.page >= pages}>
        {t('pager.next')} ›
      </button>
      {props.onPageSize ? (
        <label className="pager-size">
          {t('pager.pageSize')}
          <select value={props.pageSize} onChange={(e) => props.onPageSize!(Number(e.target.value))}>
            {PAGE_SIZES.map((s) => (
              <option key={s} value={s}>{s}</option>
            ))}
          </select>
        </label>
      ) : null}
    </nav>
  );
}
