import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useI18n } from '../../../core/i18n';
import {
  DisableMotherDocument, EnableMotherDocument, MothersListDocument, RefreshMotherTeamsDocument,
  type MotherFilter, type MotherHealth, type MotherRowFragment, type MotherStatus,
} from '../../../gql/graphql';
import { DataTable, type Column } from '../../../ui/DataTable';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { SelectField, TextField } from '../../../ui/Field';
import { formatDateTime } from '../../../ui/format';
import { Page } from '../../../ui/Page';
import { Progress } from '../../../ui/Progress';
import '../pool.css';
import { HealthBadge, MotherStatusBadge } from '../shared/badges';
import { useGroupChoices } from '../shared/group-choices';
import { useAction } from '../../../ui/useAction';
import { DeleteMotherDialog, MotherFormDialog, ReplaceTokenDialog } from './MotherDialogs';

const STATUSES: MotherStatus[] = ['ACTIVE', 'INVALID', 'DISABLED'];
const HEALTHS: MotherHealth[] = ['HEALTHY', 'FAILING', 'UNKNOWN'];
const EXPIRING = ['1', '3', '7', '14', '30'];

/** The filter lives in the address, so a filtered list can be bookmarked and shared. */
function filterOf(params: URLSearchParams): MotherFilter {
  const f: MotherFilter = {};
  const status = params.get('status');
  if (status && (STATUSES as string[]).includes(status)) f.status = status as MotherStatus;
  const health = params.get('health');
  if (health && (HEALTHS as string[]).includes(health)) f.health = health as MotherHealth;
  if (params.get('group')) f.motherGroupId = params.get('group');
  const pool = params.get('pool');
  if (pool === 'none') f.inPoolGroup = false;
  else if (pool === 'any') f.inPoolGroup = true;
  else if (pool) f.poolGroupId = pool;
  const expiring = Number(params.get('expiring'));
  if (Number.isInteger(expiring) && expiring > 0) f.tokenExpiringWithinDays = expiring;
  const q = params.get('q')?.trim();
  if (q) f.search = q;
  return f;
}

export default function MothersPage() {
  const { t, lang } = useI18n();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const pageSize = [20, 50, 100].includes(Number(params.get('size'))) ? Number(params.get('size')) : 20;
  const filter = filterOf(params);
  const { data, loading, error, refetch } = useQuery(MothersListDocument, { variables: { filter, page, pageSize } });
  const groups = useGroupChoices('all');
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [editing, setEditing] = useState<MotherRowFragment | null | undefined>(undefined);
  const [replacing, setReplacing] = useState<MotherRowFragment | null>(null);
  const [deleting, setDeleting] = useState<MotherRowFragment | null>(null);
  const [enable] = useMutation(EnableMotherDocument);
  const [disable] = useMutation(DisableMotherDocument);
  const [refreshTeams] = useMutation(RefreshMotherTeamsDocument);
  const { busy, run } = useAction();

  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'page') next.delete('page');
    setParams(next, { replace: true });
  };
  const onSearch = (e: FormEvent) => {
    e.preventDefault();
    setParam('q', search.trim());
  };
  const reset = () => {
    setSearch('');
    setParams(new URLSearchParams(), { replace: true });
  };

  const columns: Column<MotherRowFragment>[] = [
    { key: 'name', header: t('pool.mother.name'), className: 'nowrap', cell: (m) => <Link to={`/mothers/${m.id}`}>{m.name}</Link> },
    {
      key: 'status', header: t('pool.mother.status'),
      cell: (m) => (
        <>
          <MotherStatusBadge status={m.status} />
          {m.statusReason && m.status !== 'ACTIVE' ? <div className="muted small">{m.statusReason}</div> : null}
        </>
      ),
    },
    { key: 'health', header: t('pool.mother.health'), cell: (m) => <HealthBadge health={m.health} /> },
    {
      key: 'seats', header: t('pool.mother.seats'),
      className: 'nowrap',
      cell: (m) => (
        <span title={t('pool.mother.seatsTitle')}>
          {m.seatsUsed + m.seatsHeld} / {m.seatLimit}
          <div className="muted small">{t('pool.mother.seatsSub', { free: m.seatsFree, held: m.seatsHeld })}</div>
        </span>
      ),
    },
    { key: 'groups', header: t('pool.mother.groups'), cell: (m) => [m.motherGroup?.name, m.poolGroup && `${t('pool.mother.poolShort')}: ${m.poolGroup.name}`].filter(Boolean).join(' · ') || '—' },
    { key: 'expires', header: t('pool.mother.tokenExpiresAt'), className: 'nowrap', cell: (m) => <TokenExpiry iso={m.tokenExpiresAt} lang={lang} /> },
    {
      key: 'actions', header: t('common.actions'), className: 'actions',
      cell: (m) => (
        <>
          <button type="button" onClick={() => setEditing(m)}>{t('pool.mother.edit')}</button>
          {m.status === 'ACTIVE' ? (
            <button type="button" disabled={!!busy} onClick={() => run(t('pool.mother.disabling', { name: m.name }), () => disable({ variables: { input: { id: m.id } } }), () => t('pool.mother.disabled', { name: m.name }))}>
              {t('pool.mother.disable')}
            </button>
          ) : (
            <button type="button" disabled={!!busy} onClick={() => run(t('pool.mother.enabling', { name: m.name }), () => enable({ variables: { input: { id: m.id } } }), () => t('pool.mother.enabled', { name: m.name }))}>
              {t('pool.mother.enable')}
            </button>
          )}
          <button type="button" onClick={() => setReplacing(m)}>{t('pool.mother.replaceToken')}</button>
          <button type="button" disabled={!!busy} onClick={() => run(t('pool.mother.refreshingTeams', { name: m.name }), () => refreshTeams({ variables: { input: { id: m.id } } }), (r) => t('pool.mother.teamsRefreshed', { name: m.name, count: r.data?.refreshMotherTeams.teams.length ?? 0 }))}>
            {t('pool.mother.refreshTeams')}
          </button>
          <button type="button" className="danger-text" onClick={() => setDeleting(m)}>{t('pool.mother.delete')}</button>
        </>
      ),
    },
  ];

  const filtered = [...params.keys()].some((k) => k !== 'page' && k !== 'size');
  return (
    <Page
      title={t('nav.mothers')}
      actions={
        <>
          <Link className="button" to="/import">{t('nav.import')}</Link>
          <button type="button" className="primary" onClick={() => setEditing(null)}>{t('pool.mother.add')}</button>
        </>
      }
    >
      <div className="filters">
        <SelectField label={t('pool.mother.status')} value={params.get('status') ?? ''} onChange={(e) => setParam('status', e.target.value)}
          options={[{ value: '', label: t('common.all') }, ...STATUSES.map((s) => ({ value: s, label: t(`pool.status.${s}`) }))]} />
        <SelectField label={t('pool.mother.motherGroup')} value={params.get('group') ?? ''} onChange={(e) => setParam('group', e.target.value)} options={groups.motherGroups} />
        <SelectField label={t('pool.mother.poolGroup')} value={params.get('pool') ?? ''} onChange={(e) => setParam('pool', e.target.value)}
          options={[groups.poolGroups[0], { value: 'none', label: t('pool.filter.noPoolGroup') }, { value: 'any', label: t('pool.filter.anyPoolGroup') }, ...groups.poolGroups.slice(1)]} />
        <SelectField label={t('pool.mother.health')} value={params.get('health') ?? ''} onChange={(e) => setParam('health', e.target.value)}
          options={[{ value: '', label: t('common.all') }, ...HEALTHS.map((h) => ({ value: h, label: t(`pool.health.${h}`) }))]} />
        <SelectField label={t('pool.filter.expiring')} value={params.get('expiring') ?? ''} onChange={(e) => setParam('expiring', e.target.value)}
          options={[{ value: '', label: t('pool.filter.anyExpiry') }, ...EXPIRING.map((d) => ({ value: d, label: t('pool.filter.withinDays', { days: d }) }))]} />
        <form className="filter-search" onSubmit={onSearch} role="search">
          <TextField label={t('pool.filter.search')} type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder={t('pool.filter.searchHint')} />
          <button type="submit">{t('common.search')}</button>
        </form>
        {filtered ? <button type="button" className="link filter-reset" onClick={reset}>{t('common.reset')}</button> : null}
      </div>
      <ErrorNotice error={error ?? groups.error} />
      {busy ? <Progress label={busy} /> : null}
      {!loading && data && data.mothers.total === 0 ? (
        <div className="panel empty-state">
          <p>{filtered ? t('pool.mother.emptyFiltered') : t('pool.mother.emptyAll')}</p>
          <div className="form-actions">
            {filtered ? (
              <button type="button" onClick={reset}>{t('common.reset')}</button>
            ) : (
              <>
                <button type="button" className="primary" onClick={() => setEditing(null)}>{t('pool.mother.add')}</button>
                <Link className="button" to="/import">{t('nav.import')}</Link>
              </>
            )}
          </div>
        </div>
      ) : (
        <DataTable
          caption={t('nav.mothers')}
          columns={columns}
          rows={data?.mothers.items}
          rowKey={(m) => m.id}
          loading={loading}
          page={{ page, pageSize, total: data?.mothers.total ?? 0, onPage: (p) => setParam('page', String(p)), onPageSize: (s) => setParam('size', String(s)) }}
        />
      )}
      <MotherFormDialog open={editing !== undefined} mother={editing} onClose={() => setEditing(undefined)} onSaved={() => { setEditing(undefined); void refetch(); }} />
      <ReplaceTokenDialog mother={replacing} onClose={() => setReplacing(null)} />
      <DeleteMotherDialog mother={deleting} onClose={() => setDeleting(null)} onDeleted={() => setDeleting(null)} />
    </Page>
  );
}

/** The token's expiry, marked when it has passed or is less than a week away. */
export function TokenExpiry({ iso, lang }: { iso: string | null | undefined; lang: string }) {
  const { t } = useI18n();
  if (!iso) return <span className="muted">{t('pool.mother.noExpiry')}</span>;
  const left = new Date(iso).getTime() - Date.now();
  const cls = left <= 0 ? 'badge badge-err' : left < 7 * 86_400_000 ? 'badge badge-warn' : '';
  return <span className={cls}>{left <= 0 ? t('pool.mother.expired') + ' · ' : ''}{formatDateTime(iso, lang)}</span>;
}
