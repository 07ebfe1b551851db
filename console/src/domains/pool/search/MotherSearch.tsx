import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useI18n } from '../../../core/i18n';
import { MothersListDocument } from '../../../gql/graphql';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { Progress } from '../../../ui/Progress';
import { MotherStatusBadge } from '../shared/badges';

/** The mothers part of the global search: the first 10 names that contain the term. */
export function MotherSearch({ term }: { term: string }) {
  const { t } = useI18n();
  const { data, loading, error } = useQuery(MothersListDocument, { variables: { filter: { search: term }, page: 1, pageSize: 10 } });
  const items = data?.mothers.items ?? [];
  return (
    <>
      <h2>{t('nav.mothers')}{data ? ` (${data.mothers.total})` : ''}</h2>
      <ErrorNotice error={error} />
      {loading && !data ? <Progress label={t('common.loading')} /> : null}
      {data && items.length === 0 ? <p className="muted">{t('pool.search.none')}</p> : null}
      {items.length ? (
        <ul>
          {items.map((m) => (
            <li key={m.id}><Link to={`/mothers/${m.id}`}>{m.name}</Link> <MotherStatusBadge status={m.status} /></li>
          ))}
        </ul>
      ) : null}
      {data && data.mothers.total > items.length ? <Link to={`/mothers?q=${encodeURIComponent(term)}`}>{t('pool.search.all', { count: data.mothers.total })}</Link> : null}
    </>
  );
}
