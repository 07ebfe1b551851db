import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { compact, dayEnd, dayStart, useListState } from '../../../core/list-state';
import { useI18n } from '../../../core/i18n';
import {
  BulkInviteActionDocument, CancelInviteDocument, InviteRequestsDocument, RemoveMemberDocument, ResendInviteDocument,
  type InviteAction, type InvitePurpose, type InviteRequestFilter, type InviteStatus,
} from '../../../gql/graphql';
import { Badge } from '../../../ui/Badge';
import { DataTable, type Column } from '../../../ui/DataTable';
import { ConfirmDialog } from '../../../ui/Dialog';
import { ErrorNotice, useErrorText } from '../../../ui/ErrorNotice';
import { SelectField, TextField } from '../../../ui/Field';
import { FilterBar } from '../../../ui/FilterBar';
import { formatDateTime } from '../../../ui/format';
import { Page } from '../../../ui/Page';
import { useToast } from '../../../ui/Toasts';

const STATUSES: InviteStatus[] = ['PENDING', 'SENT', 'ACCEPTED', 'CANCELLED', 'FAILED', 'REMOVED'];
const PURPOSES: InvitePurpose[] = ['REDEEM', 'SWITCH', 'REFRESH', 'REBIND', 'REQUEUE', 'ADMIN'];
const ACTIONS: InviteAction[] = ['RESEND', 'CANCEL', 'REMOVE'];
const FILTERS = { search: '', status: '', purpose: '', email: '', codeId: '', teamId: '', createdFrom: '', createdTo: '' };

type Pending = { kind: 'one'; action: InviteAction; id: string; email: string } | { kind: 'bulk'; action: InviteAction } | null;

export default function InvitesPage() {
  const { t, lang } = useI18n();
  const toast = useToast();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const list = useListState(FILTERS);
  const f = list.filters;
  const filter = compact({
    search: f.search.trim(), status: f.status || undefined, purpose: f.purpose || undefined, email: f.email.trim(),
    codeId: f.codeId.trim(), teamId: f.teamId.trim(), createdFrom: dayStart(f.createdFrom), createdTo: dayEnd(f.createdTo),
  }) as InviteRequestFilter;
  const { data, loading, error, refetch } = useQuery(InviteRequestsDocument, { variables: { filter, page: list.page, pageSize: list.pageSize } });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [bulkAction, setBulkAction] = useState<InviteAction>('RESEND');
  const [pending, setPending] = useState<Pending>(null);
  const [resend] = useMutation(ResendInviteDocument);
  const [cancel] = useMutation(CancelInviteDocument);
  const [remove] = useMutation(RemoveMemberDocument);
  const [bulk, bulkState] = useMutation(BulkInviteActionDocument);
  const [busy, setBusy] = useState(false);

  const runOne = async (action: InviteAction, id: string) => {
    const input = { inviteRequestId: id };
    setBusy(true);
    try {
      if (action === 'RESEND') await resend({ variables: { input } });
      if (action === 'CANCEL') await cancel({ variables: { input } });
      if (action === 'REMOVE') await remove({ variables: { input } });
      toast('ok', t(`invites.done.${action}`));
      await refetch();
    } catch (e) {
      toast('error', errorText(e));
    } finally {
      setBusy(false);
      setPending(null);
    }
  };
  const runBulk = async (action: InviteAction) => {
    try {
      const { data: d } = await bulk({ variables: { input: { action, inviteRequestIds: [...selected] } } });
      setSelected(new Set());
      if (d) {
        toast('ok', t('jobs.started', { count: d.bulkInviteAction.total }));
        navigate(`/jobs/${encodeURIComponent(d.bulkInviteAction.id)}`);
      }
    } catch (e) {
      toast('error', errorText(e));
    } finally {
      setPending(null);
    }
  };

  type Row = NonNullable<typeof data>['inviteRequests']['items'][number];
  const columns: Column<Row>[] = [
    { key: 'email', header: t('invites.email'), cell: (r) => r.email },
    { key: 'status', header: t('invites.status'), cell: (r) => <Badge value={r.status} label={t(`inviteStatus.${r.status}`)} /> },
    { key: 'purpose', header: t('invites.purpose'), cell: (r) => t(`purpose.${r.purpose}`) },
    { key: 'team', header: t('invites.team'), cell: (r) => r.teamName ?? '—' },
    { key: 'code', header: t('invites.code'), cell: (r) => <span className="mono">{r.code.id}</span> },
    { key: 'resends', header: t('invites.resends'), cell: (r) => r.resendCount },
    { key: 'created', header: t('invites.created'), cell: (r) => formatDateTime(r.createdAt, lang) },
    { key: 'error', header: t('invites.error'), cell: (r) => r.errorCode ?? '' },
    {
      key: 'actions',
      header: t('common.actions'),
      cell: (r) => (
        <div className="actions">
          {r.status === 'SENT' || r.status === 'PENDING' || r.status === 'FAILED' ? (
            <button type="button" disabled={busy} onClick={() => runOne('RESEND', r.id)}>{t('invites.action.RESEND')}</button>
          ) : null}
          {r.status === 'SENT' || r.status === 'PENDING' ? (
            <button type="button" disabled={busy} onClick={() => setPending({ kind: 'one', action: 'CANCEL', id: r.id, email: r.email })}>{t('invites.action.CANCEL')}</button>
          ) : null}
          {r.status === 'ACCEPTED' ? (
            <button type="button" disabled={busy} onClick={() => setPending({ kind: 'one', action: 'REMOVE', id: r.id, email: r.email })}>{t('invites.action.REMOVE')}</button>
          ) : null}
        </div>
      ),
    },
  ];

  return (
    <Page title={t('nav.invites')}>
      <FilterBar
        label={t('invites.filters')}
        value={list.filters}
        onApply={list.setFilters}
        onReset={list.resetFilters}
        more={(draft, set) => (
          <>
            <TextField label={t('invites.codeId')} value={draft.codeId} onChange={set('codeId')} />
            <TextField label={t('invites.teamId')} value={draft.teamId} onChange={set('teamId')} />
            <TextField label={t('codes.createdFrom')} type="date" value={draft.createdFrom} onChange={set('createdFrom')} />
            <TextField label={t('codes.createdTo')} type="date" value={draft.createdTo} onChange={set('createdTo')} />
          </>
        )}
      >
        {(draft, set) => (
          <>
            <TextField label={t('invites.search')} type="search" value={draft.search} onChange={set('search')} />
            <SelectField label={t('invites.status')} value={draft.status} onChange={set('status')} options={[{ value: '', label: t('common.all') }, ...STATUSES.map((s) => ({ value: s, label: t(`inviteStatus.${s}`) }))]} />
            <SelectField label={t('invites.purpose')} value={draft.purpose} onChange={set('purpose')} options={[{ value: '', label: t('common.all') }, ...PURPOSES.map((s) => ({ value: s, label: t(`purpose.${s}`) }))]} />
            <TextField label={t('invites.email')} value={draft.email} onChange={set('email')} />
          </>
        )}
      </FilterBar>
      {selected.size > 0 ? (
        <div className="bulkbar" role="region" aria-label={t('common.selected', { count: selected.size })}>
          <span>{t('common.selected', { count: selected.size })}</span>
          <SelectField label={t('invites.bulkAction')} className="inline" value={bulkAction} onChange={(e) => setBulkAction(e.target.value as InviteAction)} options={ACTIONS.map((a) => ({ value: a, label: t(`invites.action.${a}`) }))} />
          <button type="button" className="primary" onClick={() => setPending({ kind: 'bulk', action: bulkAction })}>{t('invites.runBulk')}</button>
          <button type="button" className="ghost" onClick={() => setSelected(new Set())}>{t('common.clearSelection')}</button>
        </div>
      ) : null}
      <ErrorNotice error={error} />
      <DataTable
        caption={t('nav.invites')}
        columns={columns}
        rows={data?.inviteRequests.items}
        rowKey={(r) => r.id}
        loading={loading}
        selection={{ selected, onChange: setSelected }}
        page={{ page: list.page, pageSize: list.pageSize, total: data?.inviteRequests.total ?? 0, onPage: list.setPage, onPageSize: list.setPageSize }}
      />
      <ConfirmDialog
        open={pending !== null}
        title={pending ? t(`invites.action.${pending.action}`) : ''}
        message={
          pending?.kind === 'one'
            ? t(`invites.confirm.${pending.action}`, { email: pending.email })
            : pending
              ? t('invites.confirmBulk', { action: t(`invites.action.${pending.action}`), count: selected.size })
              : ''
        }
        confirmLabel={pending ? t(`invites.action.${pending.action}`) : ''}
        busy={busy || bulkState.loading}
        onConfirm={() => (pending?.kind === 'one' ? runOne(pending.action, pending.id) : pending ? runBulk(pending.action) : undefined)}
        onClose={() => setPending(null)}
      />
    </Page>
  );
}
