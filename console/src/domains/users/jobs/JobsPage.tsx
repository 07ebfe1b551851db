import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { compact, dayEnd, dayStart, useListState } from '../../../core/list-state';
import { useI18n } from '../../../core/i18n';
import { BatchJobsDocument, type BatchJobFilter, type BatchJobStatus, type BatchJobType } from '../../../gql/graphql';
import { Badge } from '../../../ui/Badge';
import { DataTable, type Column } from '../../../ui/DataTable';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { SelectField, TextField } from '../../../ui/Field';
import { FilterBar } from '../../../ui/FilterBar';
import { formatDateTime } from '../../../ui/format';
import { Page } from '../../../ui/Page';
import { isActive, POLL_MS } from './job-status';

const STATUSES: BatchJobStatus[] = ['PENDING', 'RUNNING', 'SUCCEEDED', 'PARTIALLY_FAILED', 'FAILED', 'CANCELLED'];
const TYPES: BatchJobType[] = ['DISABLE_CODES', 'RESEND_INVITES', 'CANCEL_INVITES', 'REMOVE_MEMBERS'];
const FILTERS = { status: '', type: '', createdFrom: '', createdTo: '' };

export default function JobsPage() {
  const { t, lang } = useI18n();
  const list = useListState(FILTERS);
  const f = list.filters;
  const filter = compact({ status: f.status || undefined, type: f.type || undefined, createdFrom: dayStart(f.createdFrom), createdTo: dayEnd(f.createdTo) }) as BatchJobFilter;
  const { data, loading, error } = useQuery(BatchJobsDocument, { variables: { filter, page: list.page, pageSize: list.pageSize } });
  const anyActive = data?.batchJobs.items.some((j) => isActive(j.status)) ?? false;
  // Live progress while any listed job still runs.
  useQuery(BatchJobsDocument, { variables: { filter, page: list.page, pageSize: list.pageSize }, pollInterval: POLL_MS, skip: !anyActive, fetchPolicy: 'network-only' });

  type Row = NonNullable<typeof data>['batchJobs']['items'][number];
  const columns: Column<Row>[] = [
    { key: 'id', header: t('jobs.id'), cell: (j) => <Link to={`/jobs/${encodeURIComponent(j.id)}`} className="mono">{j.id}</Link> },
    { key: 'type', header: t('jobs.type'), cell: (j) => t(`jobType.${j.type}`) },
    { key: 'status', header: t('jobs.status'), cell: (j) => <Badge value={j.status} label={t(`jobStatus.${j.status}`)} /> },
    {
      key: 'progress',
      header: t('jobs.progress'),
      cell: (j) => (
        <span className="row-progress">
          <progress max={Math.max(1, j.total)} value={j.done} aria-label={t('jobs.progressOf', { id: j.id })} />
          {j.done} / {j.total}
        </span>
      ),
    },
    { key: 'result', header: t('jobs.result'), cell: (j) => t('jobs.resultCounts', { ok: j.succeeded, failed: j.failed }) },
    { key: 'actor', header: t('jobs.actor'), cell: (j) => j.actor },
    { key: 'created', header: t('jobs.created'), cell: (j) => formatDateTime(j.createdAt, lang) },
    { key: 'finished', header: t('jobs.finished'), cell: (j) => formatDateTime(j.finishedAt, lang) },
  ];
  return (
    <Page title={t('nav.jobs')}>
      <FilterBar label={t('jobs.filters')} value={list.filters} onApply={list.setFilters} onReset={list.resetFilters}>
        {(draft, set) => (
          <>
            <SelectField label={t('jobs.status')} value={draft.status} onChange={set('status')} options={[{ value: '', label: t('common.all') }, ...STATUSES.map((s) => ({ value: s, label: t(`jobStatus.${s}`) }))]} />
            <SelectField label={t('jobs.type')} value={draft.type} onChange={set('type')} options={[{ value: '', label: t('common.all') }, ...TYPES.map((s) => ({ value: s, label: t(`jobType.${s}`) }))]} />
            <TextField label={t('codes.createdFrom')} type="date" value={draft.createdFrom} onChange={set('createdFrom')} />
            <TextField label={t('codes.createdTo')} type="date" value={draft.createdTo} onChange={set('createdTo')} />
          </>
        )}
      </FilterBar>
      <ErrorNotice error={error} />
      <DataTable
        caption={t('nav.jobs')}
        columns={columns}
        rows={data?.batchJobs.items}
        rowKey={(j) => j.id}
        loading={loading}
        page={{ page: list.page, pageSize: list.pageSize, total: data?.batchJobs.total ?? 0, onPage: list.setPage, onPageSize: list.setPageSize }}
      />
    </Page>
  );
}
