import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { compact, dayEnd, dayStart, useListState } from '../../../core/list-state';
import { useI18n } from '../../../core/i18n';
import {
  BulkDisableCodesDocument, CodeSkuOptionsDocument, DisableCodeDocument, EnableCodeDocument, ExportCodesDocument,
  RedeemCodesDocument, SwitchCodeDocument, type CodeStatus, type RedeemCodeFilter,
} from '../../../gql/graphql';
import { Badge } from '../../../ui/Badge';
import { DataTable, type Column } from '../../../ui/DataTable';
import { ConfirmDialog } from '../../../ui/Dialog';
import { downloadText } from '../../../ui/download';
import { ErrorNotice, useErrorText } from '../../../ui/ErrorNotice';
import { SelectField, TextField } from '../../../ui/Field';
import { FilterBar } from '../../../ui/FilterBar';
import { formatDateTime } from '../../../ui/format';
import { Page } from '../../../ui/Page';
import { Progress } from '../../../ui/Progress';
import { useToast } from '../../../ui/Toasts';
import { GenerateCodesDialog } from './GenerateCodesDialog';

const STATUSES: CodeStatus[] = ['UNUSED', 'RESERVED', 'USED', 'EXPIRED', 'DISABLED'];
const FILTERS = {
  search: '', status: '', skuId: '', batchId: '', boundEmail: '', motherId: '', motherGroupId: '', teamId: '',
  createdFrom: '', createdTo: '', usedFrom: '', usedTo: '', lifecycleEndsFrom: '', lifecycleEndsTo: '',
};
type Filters = typeof FILTERS;

/** The API filter for the screen's filters (dates as whole local days). */
export function codeFilter(f: Filters): RedeemCodeFilter {
  return compact({
    search: f.search.trim(), status: (f.status || undefined) as CodeStatus | undefined, skuId: f.skuId, batchId: f.batchId.trim(),
    boundEmail: f.boundEmail.trim(), motherId: f.motherId.trim(), motherGroupId: f.motherGroupId.trim(), teamId: f.teamId.trim(),
    createdFrom: dayStart(f.createdFrom), createdTo: dayEnd(f.createdTo), usedFrom: dayStart(f.usedFrom), usedTo: dayEnd(f.usedTo),
    lifecycleEndsFrom: dayStart(f.lifecycleEndsFrom), lifecycleEndsTo: dayEnd(f.lifecycleEndsTo),
  }) as RedeemCodeFilter;
}

export default function CodesPage() {
  const { t, lang } = useI18n();
  const toast = useToast();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const list = useListState(FILTERS);
  const filter = codeFilter(list.filters);
  const { data, loading, error, refetch } = useQuery(RedeemCodesDocument, { variables: { filter, page: list.page, pageSize: list.pageSize } });
  const skus = useQuery(CodeSkuOptionsDocument).data?.codeSkus.items ?? [];
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [generating, setGenerating] = useState(false);
  const [confirmBulk, setConfirmBulk] = useState(false);
  const [disable] = useMutation(DisableCodeDocument);
  const [enable] = useMutation(EnableCodeDocument);
  const [switchCode] = useMutation(SwitchCodeDocument);
  const [bulkDisable, bulk] = useMutation(BulkDisableCodesDocument);
  const [exportCodes, exporting] = useMutation(ExportCodesDocument);

  const statusLabel = (s: string) => t(`codeStatus.${s}`);
  const act = async (run: () => Promise<unknown>, ok: string) => {
    try {
      await run();
      if (ok) toast('ok', ok);
      await refetch();
    } catch (e) {
      toast('error', errorText(e));
    }
  };
  const runBulk = async () => {
    try {
      const { data: d } = await bulkDisable({ variables: { input: { ids: [...selected] } } });
      setConfirmBulk(false);
      setSelected(new Set());
      if (d) {
        toast('ok', t('jobs.started', { count: d.bulkDisableCodes.total }));
        navigate(`/jobs/${encodeURIComponent(d.bulkDisableCodes.id)}`);
      }
    } catch (e) {
      setConfirmBulk(false);
      toast('error', errorText(e));
    }
  };
  const runExport = async () => {
    try {
      const { data: d } = await exportCodes({ variables: { input: { filter } } });
      if (!d) return;
      downloadText(d.exportCodes.filename, d.exportCodes.csv);
      toast('ok', t('codes.exported', { count: d.exportCodes.rowCount }));
    } catch (e) {
      toast('error', errorText(e));
    }
  };

  const columns: Column<NonNullable<typeof data>['redeemCodes']['items'][number]>[] = [
    { key: 'id', header: t('codes.id'), cell: (c) => <span className="mono">{c.id}</span> },
    { key: 'status', header: t('codes.status'), cell: (c) => <Badge value={c.status} label={statusLabel(c.status)} /> },
    { key: 'sku', header: t('codes.sku'), cell: (c) => c.sku?.name ?? '—' },
    { key: 'email', header: t('codes.boundEmail'), cell: (c) => c.boundEmail ?? '—' },
    { key: 'team', header: t('codes.team'), cell: (c) => c.teamName ?? '—' },
    { key: 'created', header: t('codes.created'), cell: (c) => formatDateTime(c.createdAt, lang) },
    { key: 'used', header: t('codes.used'), cell: (c) => formatDateTime(c.usedAt, lang) },
    { key: 'ends', header: t('codes.ends'), cell: (c) => formatDateTime(c.lifecycleEndsAt ?? c.expiresAt, lang) },
    {
      key: 'actions',
      header: t('common.actions'),
      cell: (c) => (
        <div className="actions">
          <Link to={`/invites?codeId=${encodeURIComponent(c.id)}`}>{t('codes.invites')}</Link>
          {c.status === 'USED' ? (
            <button
              type="button"
              onClick={() =>
                act(async () => {
                  const { data: d } = await switchCode({ variables: { input: { codeId: c.id } } });
                  if (d) toast('ok', t(`switches.result.${d.switchCode.status}`, { team: d.switchCode.teamName ?? '—' }));
                }, '')
              }
            >
              {t('codes.switch')}
            </button>
          ) : null}
          {c.status === 'DISABLED' ? (
            <button type="button" onClick={() => act(() => enable({ variables: { input: { id: c.id } } }), t('codes.enabled'))}>{t('codes.enable')}</button>
          ) : c.status === 'UNUSED' || c.status === 'USED' || c.status === 'EXPIRED' ? (
            <button type="button" onClick={() => act(() => disable({ variables: { id: c.id } }), t('codes.disabled'))}>{t('codes.disable')}</button>
          ) : null}
        </div>
      ),
    },
  ];

  const dateFields = (draft: Filters, set: (k: keyof Filters) => (e: { target: { value: string } }) => void) => (
    <>
      <TextField label={t('codes.createdFrom')} type="date" value={draft.createdFrom} onChange={set('createdFrom')} />
      <TextField label={t('codes.createdTo')} type="date" value={draft.createdTo} onChange={set('createdTo')} />
      <TextField label={t('codes.usedFrom')} type="date" value={draft.usedFrom} onChange={set('usedFrom')} />
      <TextField label={t('codes.usedTo')} type="date" value={draft.usedTo} onChange={set('usedTo')} />
      <TextField label={t('codes.endsFrom')} type="date" value={draft.lifecycleEndsFrom} onChange={set('lifecycleEndsFrom')} />
      <TextField label={t('codes.endsTo')} type="date" value={draft.lifecycleEndsTo} onChange={set('lifecycleEndsTo')} />
      <TextField label={t('codes.batchId')} value={draft.batchId} onChange={set('batchId')} />
      <TextField label={t('codes.motherId')} value={draft.motherId} onChange={set('motherId')} />
      <TextField label={t('codes.motherGroupId')} value={draft.motherGroupId} onChange={set('motherGroupId')} />
      <TextField label={t('codes.teamId')} value={draft.teamId} onChange={set('teamId')} />
    </>
  );

  return (
    <Page
      title={t('nav.codes')}
      actions={
        <>
          <button type="button" className="primary" onClick={() => setGenerating(true)}>{t('codes.generate')}</button>
          <button type="button" onClick={runExport} disabled={exporting.loading}>{t('codes.export')}</button>
        </>
      }
    >
      <FilterBar label={t('codes.filters')} value={list.filters} onApply={list.setFilters} onReset={list.resetFilters} more={dateFields}>
        {(draft, set) => (
          <>
            <TextField label={t('codes.search')} type="search" value={draft.search} onChange={set('search')} />
            <SelectField label={t('codes.status')} value={draft.status} onChange={set('status')} options={[{ value: '', label: t('common.all') }, ...STATUSES.map((s) => ({ value: s, label: statusLabel(s) }))]} />
            <SelectField label={t('codes.sku')} value={draft.skuId} onChange={set('skuId')} options={[{ value: '', label: t('common.all') }, ...skus.map((s) => ({ value: s.id, label: s.name }))]} />
            <TextField label={t('codes.boundEmail')} value={draft.boundEmail} onChange={set('boundEmail')} />
          </>
        )}
      </FilterBar>
      {exporting.loading ? <Progress label={t('codes.exporting')} /> : null}
      {selected.size > 0 ? (
        <div className="bulkbar" role="region" aria-label={t('common.selected', { count: selected.size })}>
          <span>{t('common.selected', { count: selected.size })}</span>
          <button type="button" className="danger" onClick={() => setConfirmBulk(true)}>{t('codes.bulkDisable')}</button>
          <button type="button" className="ghost" onClick={() => setSelected(new Set())}>{t('common.clearSelection')}</button>
        </div>
      ) : null}
      <ErrorNotice error={error} />
      <DataTable
        caption={t('nav.codes')}
        columns={columns}
        rows={data?.redeemCodes.items}
        rowKey={(c) => c.id}
        loading={loading}
        selection={{ selected, onChange: setSelected }}
        page={{ page: list.page, pageSize: list.pageSize, total: data?.redeemCodes.total ?? 0, onPage: list.setPage, onPageSize: list.setPageSize }}
      />
      <GenerateCodesDialog open={generating} onClose={() => setGenerating(false)} onDone={() => void refetch()} skus={skus} />
      <ConfirmDialog
        open={confirmBulk}
        title={t('codes.bulkDisable')}
        message={t('codes.bulkConfirm', { count: selected.size })}
        confirmLabel={t('codes.bulkDisable')}
        busy={bulk.loading}
        onConfirm={runBulk}
        onClose={() => setConfirmBulk(false)}
      />
    </Page>
  );
}
