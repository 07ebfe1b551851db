import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import type { SearchSection } from '../../core/domain';
import { useI18n } from '../../core/i18n';
import { SearchCodesDocument, SearchInvitesDocument } from '../../gql/graphql';
import { Badge } from '../../ui/Badge';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Progress } from '../../ui/Progress';

/** Codes and invites matching the global search, through the lists' own `search` filters (5 each). */
function CodeResults({ term }: { term: string }) {
  const { t } = useI18n();
  const { data, loading, error } = useQuery(SearchCodesDocument, { variables: { search: term } });
  const page = data?.redeemCodes;
  return (
    <>
      <h2>{t('search.codes')}</h2>
      {loading && !page ? <Progress label={t('common.loading')} /> : null}
      <ErrorNotice error={error} />
      {page && page.items.length === 0 ? <p className="muted">{t('search.none')}</p> : null}
      <ul className="result-list">
        {page?.items.map((c) => (
          <li key={c.id}>
            <Link to={`/codes?search=${encodeURIComponent(term)}`} className="mono">{c.id}</Link> <Badge value={c.status} label={t(`codeStatus.${c.status}`)} /> {c.boundEmail ?? ''} {c.teamName ?? ''}
          </li>
        ))}
      </ul>
      {page && page.total > page.items.length ? <Link to={`/codes?search=${encodeURIComponent(term)}`}>{t('search.more', { total: page.total })}</Link> : null}
    </>
  );
}

function InviteResults({ term }: { term: string }) {
  const { t } = useI18n();
  const { data, loading, error } = useQuery(SearchInvitesDocument, { variables: { search: term } });
  const page = data?.inviteRequests;
  return (
    <>
      <h2>{t('search.invites')}</h2>
      {loading && !page ? <Progress label={t('common.loading')} /> : null}
      <ErrorNotice error={error} />
      {page && page.items.length === 0 ? <p className="muted">{t('search.none')}</p> : null}
      <ul className="result-list">
        {page?.items.map((i) => (
          <li key={i.id}>
            <Link to={`/invites?search=${encodeURIComponent(term)}`}>{i.email}</Link> <Badge value={i.status} label={t(`inviteStatus.${i.status}`)} /> {i.teamName ?? ''}
          </li>
        ))}
      </ul>
      {page && page.total > page.items.length ? <Link to={`/invites?search=${encodeURIComponent(term)}`}>{t('search.more', { total: page.total })}</Link> : null}
    </>
  );
}

export const usersSearch: SearchSection[] = [
  { id: 'invites', Component: InviteResults, order: 20 },
  { id: 'codes', Component: CodeResults, order: 30 },
];
