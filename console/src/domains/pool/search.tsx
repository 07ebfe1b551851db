import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import type { SearchSection } from '../../core/domain';
import { useI18n } from '../../core/i18n';
import { SearchMothersDocument } from '../../gql/graphql';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Progress } from '../../ui/Progress';

/** Mothers matching the global search (the mothers list's own `search` filter, 5 at most). */
function MotherResults({ term }: { term: string }) {
  const { t } = useI18n();
  const { data, loading, error } = useQuery(SearchMothersDocument, { variables: { search: term } });
  const page = data?.mothers;
  return (
    <>
      <h2>{t('search.mothers')}</h2>
      {loading && !page ? <Progress label={t('common.loading')} /> : null}
      <ErrorNotice error={error} />
      {page && page.items.length === 0 ? <p className="muted">{t('search.none')}</p> : null}
      <ul className="result-list">
        {page?.items.map((m) => (
          <li key={m.id}>
            <Link to={`/mothers/${encodeURIComponent(m.id)}`}>{m.name}</Link> · {m.status} · {t('search.seatsFree', { free: m.seatsFree, limit: m.seatLimit })}
          </li>
        ))}
      </ul>
      {page && page.total > page.items.length ? <Link to={`/mothers?search=${encodeURIComponent(term)}`}>{t('search.more', { total: page.total })}</Link> : null}
    </>
  );
}

export const poolSearch: SearchSection[] = [{ id: 'mothers', Component: MotherResults, order: 10 }];
