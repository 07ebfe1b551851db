import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { compact, dayEnd, dayStart, useListState } from '../../../core/list-state';
import { useI18n } from '../../../core/i18n';
import {
  CancelSwitchRequestDocument, SwitchCodeDocument, SwitchRequestsDocument, type SwitchKind, type SwitchRequestFilter, type SwitchRequestStatus,
} from '../../../gql/graphql';
import { Badge } from '../../../ui/Badge';
import { DataTable, type Column } from '../../../ui/DataTable';
import { Dialog } from '../../../ui/Dialog';
import { ErrorNotice, useErrorText } from '../../../ui/ErrorNotice';
import { SelectField, TextField } from '../../../ui/Field';
import { FilterBar } from '../../../ui/FilterBar';
import { formatDateTime } from '../../../ui/format';
import { Page } from '../../../ui/Page';
import { useToast } from '../../../ui/Toasts';
import { required } from '../../../ui/validate';

const STATUSES: SwitchRequestStatus[] = ['QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'EXPIRED', 'CANCELLED'];
const KINDS: SwitchKind[] = ['SWITCH', 'REFRESH', 'REBIND', 'REQUEUE', 'ADMIN'];
const FILTERS = { status: '', kind: '', email: '', codeId: '', createdFrom: '', createdTo: '' };

/** Switches, refreshes and rebinds waiting for (or done finding) a seat; an operator can switch a code too. */
export default function SwitchQueuePage() {
  const { t, lang } = useI18n();
  const toast = useToast();
  const errorText = useErrorText();
  const list = useListState(FILTERS);
  const f = list.filters;
  const filter = compact({
    status: f.status || undefined, kind: f.kind || undefined, email: f.email.trim(), codeId: f.codeId.trim(),
    createdFrom: dayStart(f.createdFrom), createdTo: dayEnd(f.createdTo),
  }) as SwitchRequestFilter;
  const { data, loading, error, refetch } = useQuery(SwitchRequestsDocument, { variables: { filter, page: list.page, pageSize: list.pageSize } });
  const [cancel] = useMutation(CancelSwitchRequestDocument);
  const [switchCode, switching] = useMutation(SwitchCodeDocument);
  const [open, setOpen] = useState(false);
  const [codeId, setCodeId] = useState('');
  const [codeError, setCodeError] = useState<string>();

  const submitSwitch = async (e: FormEvent) => {
    e.preventDefault();
    const problem = required(codeId);
    setCodeError(problem && t(problem));
    if (problem) return;
    try {
      const { data: d } = await switchCode({ variables: { input: { codeId: codeId.trim() } } });
      if (d) toast('ok', t(`switches.result.${d.switchCode.status}`, { team: d.switchCode.teamName ?? '—' }));
      setOpen(false);
      setCodeId('');
      await refetch();
    } catch {
      // shown in the dialog
    }
  };

  type Row = NonNullable<typeof data>['switchRequests']['items'][number];
  const columns: Column<Row>[] = [
    { key: 'created', header: t('invites.created'), cell: (r) => formatDateTime(r.createdAt, lang) },
    { key: 'kind', header: t('switches.kind'), cell: (r) => t(`switchKind.${r.kind}`) },
    { key: 'status', header: t('switches.status'), cell: (r) => <Badge value={r.status} label={t(`switchStatus.${r.status}`)} /> },
    { key: 'email', header: t('invites.email'), cell: (r) => (r.fromEmail && r.fromEmail !== r.email ? `${r.fromEmail} → ${r.email}` : r.email) },
    { key: 'code', header: t('invites.code'), cell: (r) => <span className="mono">{r.code.id}</span> },
    { key: 'team', header: t('invites.team'), cell: (r) => r.teamName ?? '—' },
    { key: 'attempts', header: t('jobs.attempts'), cell: (r) => r.attempts },
    { key: 'next', header: t('switches.next'), cell: (r) => formatDateTime(r.nextAttemptAt, lang) },
    { key: 'error', header: t('jobs.error'), cell: (r) => r.lastError ?? '' },
    {
      key: 'actions',
      header: t('common.actions'),
      cell: (r) =>
        r.status === 'QUEUED' ? (
          <button
            type="button"
            onClick={async () => {
              try {
                await cancel({ variables: { input: { id: r.id } } });
                toast('ok', t('switches.cancelled'));
                await refetch();
              } catch (e) {
                toast('error', errorText(e));
              }
            }}
          >
            {t('common.cancel')}
          </button>
        ) : null,
    },
  ];
  return (
    <Page title={t('nav.switches')} actions={<button type="button" className="primary" onClick={() => setOpen(true)}>{t('switches.switchCode')}</button>}>
      <FilterBar label={t('switches.filters')} value={list.filters} onApply={list.setFilters} onReset={list.resetFilters}
        more={(draft, set) => (
          <>
            <TextField label={t('invites.codeId')} value={draft.codeId} onChange={set('codeId')} />
            <TextField label={t('codes.createdFrom')} type="date" value={draft.createdFrom} onChange={set('createdFrom')} />
            <TextField label={t('codes.createdTo')} type="date" value={draft.createdTo} onChange={set('createdTo')} />
          </>
        )}
      >
        {(draft, set) => (
          <>
            <SelectField label={t('switches.status')} value={draft.status} onChange={set('status')} options={[{ value: '', label: t('common.all') }, ...STATUSES.map((s) => ({ value: s, label: t(`switchStatus.${s}`) }))]} />
            <SelectField label={t('switches.kind')} value={draft.kind} onChange={set('kind')} options={[{ value: '', label: t('common.all') }, ...KINDS.map((s) => ({ value: s, label: t(`switchKind.${s}`) }))]} />
            <TextField label={t('invites.email')} value={draft.email} onChange={set('email')} />
          </>
        )}
      </FilterBar>
      <ErrorNotice error={error} />
      <DataTable
        caption={t('nav.switches')}
        columns={columns}
        rows={data?.switchRequests.items}
        rowKey={(r) => r.id}
        loading={loading}
        page={{ page: list.page, pageSize: list.pageSize, total: data?.switchRequests.total ?? 0, onPage: list.setPage, onPageSize: list.setPageSize }}
      />
      <Dialog open={open} title={t('switches.switchCode')} onClose={() => setOpen(false)}>
        <form onSubmit={submitSwitch} noValidate>
          <p className="muted">{t('switches.switchHint')}</p>
          <TextField label={t('invites.codeId')} value={codeId} onChange={(e) => setCodeId(e.target.value)} error={codeError} />
          <ErrorNotice error={switching.error} />
          <div className="form-actions">
            <button type="submit" className="primary" disabled={switching.loading}>{t('switches.switchSubmit')}</button>
            <button type="button" onClick={() => setOpen(false)}>{t('common.cancel')}</button>
          </div>
        </form>
      </Dialog>
    </Page>
  );
}
