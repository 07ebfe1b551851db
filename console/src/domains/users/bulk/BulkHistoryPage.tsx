import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { compact, dayEnd, dayStart, useListState } from '../../../core/list-state';
import { useI18n } from '../../../core/i18n';
import { BulkOperationsDocument, type BulkOperationFilter, type BulkOperationType } from '../../../gql/graphql';
import { DataTable, type Column } from '../../../ui/DataTable';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { SelectField, TextField } from '../../../ui/Field';
import { FilterBar } from '../../../ui/FilterBar';
import { formatDateTime } from '../../../ui/format';
import { Page } from '../../../ui/Page';

const TYPES: BulkOperationType[] = ['CODE_GENERATE', 'CODE_EXPORT', 'CODES_DISABLE', 'INVITES_RESEND', 'INVITES_CANCEL', 'MEMBERS_REMOVE'];
const FILTERS = { type: '', actor: '', createdFrom: '', createdTo: '' };

export default function BulkHistoryPage() {
  const { t, lang } = useI18n();
  const list = useListState(FILTERS);
  const f = list.filters;
  const filter = compact({ type: f.type || undefined, actor: f.actor.trim(), createdFrom: dayStart(f.createdFrom), createdTo: dayEnd(f.createdTo) }) as BulkOperationFilter;
  const { data, loading, error } = useQuery(BulkOperationsDocument, { variables: { filter, page: list.page, pageSize: list.pageSize } });
  type Row = NonNullable<typeof data>['bulkOperations']['items'][number];
  const columns: Column<Row>[] = [
    { key: 'when', header: t('audit.when'), cell: (r) => formatDateTime(r.createdAt, lang) },
    { key: 'type', header: t('jobs.type'), cell: (r) => t(`bulkType.${r.type}`) },
    { key: 'actor', header: t('audit.actor'), cell: (r) => r.actor },
    { key: 'result', header: t('jobs.result'), cell: (r) => t('bulk.counts', { total: r.total, ok: r.succeeded, failed: r.failed }) },
    { key: 'job', header: t('bulk.job'), cell: (r) => (r.jobId ? <Link to={`/jobs/${encodeURIComponent(r.jobId)}`} className="mono">{r.jobId}</Link> : '—') },
    { key: 'meta', header: t('audit.details'), cell: (r) => (r.metadata ? <span className="payload">{r.metadata}</span> : '') },
  ];
  return (
    <Page title={t('nav.bulk')}>
      <FilterBar label={t('bulk.filters')} value={list.filters} onApply={list.setFilters} onReset={list.resetFilters}>
        {(draft, set) => (
          <>
            <SelectField label={t('jobs.type')} value={draft.type} onChange={set('type')} options={[{ value: '', label: t('common.all') }, ...TYPES.map((s) => ({ value: s, label: t(`bulkType.${s}`) }))]} />
            <TextField label={t('audit.actor')} value={draft.actor} onChange={set('actor')} />
            <TextField label={t('codes.createdFrom')} type="date" value={draft.createdFrom} onChange={set('createdFrom')} />
            <TextField label={t('codes.createdTo')} type="date" value={draft.createdTo} onChange={set('createdTo')} />
          </>
        )}
      </FilterBar>
      <ErrorNotice error={error} />
      <DataTable
        caption={t('nav.bulk')}
        columns={columns}
        rows={data?.bulkOperations.items}
        rowKey={(r) => r.id}
        loading={loading}
        page={{ page: list.page, pageSize: list.pageSize, total: data?.bulkOperations.total ?? 0, onPage: list.setPage, onPageSize: list.setPageSize }}
      />
    </Page>
  );
}
