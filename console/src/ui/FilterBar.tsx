import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useI18n } from '../core/i18n';

/**
 * Filters edited as a draft and applied together (Filter), or cleared (Reset). The children get
 * the draft and a setter; `more` holds the rarely used filters, folded away.
 */
export function FilterBar<F extends Record<string, string>>(props: {
  label: string;
  value: F;
  onApply: (next: F) => void;
  onReset: () => void;
  children: (draft: F, set: (key: keyof F) => (e: { target: { value: string } }) => void) => ReactNode;
  more?: (draft: F, set: (key: keyof F) => (e: { target: { value: string } }) => void) => ReactNode;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(props.value);
  useEffect(() => setDraft(props.value), [props.value]);
  const set = (key: keyof F) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: e.target.value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    props.onApply(draft);
  };
  return (
    <form className="panel filter-panel" role="search" aria-label={props.label} onSubmit={submit}>
      <div className="filters">
        {props.children(draft, set)}
        <div className="form-actions filter-actions">
          <button type="submit" className="primary">{t('common.filter')}</button>
          <button type="button" onClick={props.onReset}>{t('common.reset')}</button>
        </div>
      </div>
      {props.more ? (
        <details className="more-filters">
          <summary>{t('common.moreFilters')}</summary>
          <div className="filters">{props.more(draft, set)}</div>
        </details>
      ) : null}
    </form>
  );
}
