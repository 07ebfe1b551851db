import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useI18n } from '../../../core/i18n';
import {
  ChildAccountsListDocument, RemoveChildAccountDocument, type ChildAccountFilter, type ChildAccountStatus, type ChildAccountsListQuery,
} from '../../../gql/graphql';
import { DataTable, type Column } from '../../../ui/DataTable';
import { ConfirmDialog } from '../../../ui/Dialog';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { SelectField, TextField } from '../../../ui/Field';
import { formatDateTime } from '../../../ui/format';
import { Page } from '../../../ui/Page';
import { Progress } from '../../../ui/Progress';
import '../pool.css';
import { ChildStatusBadge } from '../shared/badges';
import { useAction } from '../../../ui/useAction';
import { CreateChildDialog } from './CreateChildDialog';

type Child = ChildAccountsListQuery['childAccounts']['items'][number];
const STATUSES: ChildAccountStatus[] = ['INVITED', 'ACTIVE', 'MISSING'];

export default function ChildAccountsPage() {
  const { t, lang } = useI18n();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const pageSize = [20, 50, 100].includes(Number(params.get('size'))) ? Number(params.get('size')) : 20;
  const filter: ChildAccountFilter = {};
  if (params.get('mother')) filter.motherId = params.get('mother');
  const status = params.get('status');
  if (status && (STATUSES as string[]).includes(status)) filter.status = status as ChildAccountStatus;
  if (params.get('q')) filter.search = params.get('q');
  const { data, loading, error } = useQuery(ChildAccountsListDocument, { variables: { filter, page, pageSize } });
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<Child | null>(null);
  const [remove] = useMutation(RemoveChildAccountDocument);
  const { busy, run } = useAction();

  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'page') next.delete('page');
    setParams(next, { replace: true });
  };
  const filtered = ['mother', 'status', 'q'].some((k) => params.get(k));
  const columns: Column<Child>[] = [
    { key: 'email', header: t('pool.child.email'), cell: (c) => c.email },
    { key: 'name', header: t('pool.child.name'), cell: (c) => c.name ?? '—' },
    { key: 'status', header: t('pool.mother.status'), cell: (c) => <ChildStatusBadge status={c.status} /> },
    { key: 'origin', header: t('pool.child.origin'), cell: (c) => t(`pool.child.origin.${c.origin}`) },
    { key: 'mother', header: t('mother.detail'), cell: (c) => <Link to={`/mothers/${c.motherId}`}>{t('pool.child.openMother')}</Link> },
    { key: 'team', header: t('pool.team.id'), className: 'code', cell: (c) => c.teamId },
    { key: 'created', header: t('pool.mother.createdAt'), cell: (c) => formatDateTime(c.createdAt, lang) },
    { key: 'seen', header: t('pool.child.lastSeenAt'), cell: (c) => formatDateTime(c.lastSeenAt, lang) },
    {
      key: 'actions', header: t('common.actions'), className: 'actions',
      cell: (c) => (c.status === 'MISSING' ? null : <button type="button" className="danger-text" onClick={() => setRemoving(c)}>{t('pool.child.remove')}</button>),
    },
  ];
  return (
    <Page title={t('nav.childAccounts')} actions={<button type="button" className="primary" onClick={() => setAdding(true)}>{t('pool.child.add')}</button>}>
      <div className="filters">
        <TextField label={t('pool.child.motherId')} value={params.get('mother') ?? ''} onChange={(e) => setParam('mother', e.target.value.trim())} />
        <SelectField label={t('pool.mother.status')} value={params.get('status') ?? ''} onChange={(e) => setParam('status', e.target.value)}
          options={[{ value: '', label: t('common.all') }, ...STATUSES.map((s) => ({ value: s, label: t(`pool.child.status.${s}`) }))]} />
        <form className="filter-search" role="search" onSubmit={(e: FormEvent) => { e.preventDefault(); setParam('q', search.trim()); }}>
          <TextField label={t('pool.child.search')} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
          <button type="submit">{t('common.search')}</button>
        </form>
        {filtered ? <button type="button" className="link filter-reset" onClick={() => { setSearch(''); setParams(new URLSearchParams(), { replace: true }); }}>{t('common.reset')}</button> : null}
      </div>
      <ErrorNotice error={error} />
      {busy ? <Progress label={busy} /> : null}
      {!loading && data && data.childAccounts.total === 0 ? (
        <div className="panel empty-state"><p>{filtered ? t('pool.child.emptyFiltered') : t('pool.child.emptyAll')}</p></div>
      ) : (
        <DataTable caption={t('nav.childAccounts')} columns={columns} rows={data?.childAccounts.items} rowKey={(c) => c.id} loading={loading}
          page={{ page, pageSize, total: data?.childAccounts.total ?? 0, onPage: (p) => setParam('page', String(p)), onPageSize: (s) => setParam('size', String(s)) }} />
      )}
      <CreateChildDialog open={adding} motherId={params.get('mother') || undefined} onClose={() => setAdding(false)} onCreated={() => setAdding(false)} />
      <ConfirmDialog
        open={!!removing}
        title={t('pool.child.removeTitle')}
        message={removing ? t('pool.child.removeConfirm', { email: removing.email }) : ''}
        confirmLabel={t('pool.child.remove')}
        busy={!!busy}
        onClose={() => setRemoving(null)}
        onConfirm={async () => {
          const c = removing!;
          setRemoving(null);
          await run(t('pool.child.removing', { email: c.email }), () => remove({ variables: { input: { id: c.id } }, refetchQueries: ['ChildAccountsList'] }), () => t('pool.child.removed', { email: c.email }));
        }}
      />
    </Page>
  );
}
