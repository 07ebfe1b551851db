import { useQuery } from '@apollo/client/react';
import { compact, dayEnd, dayStart, useListState } from '../../../core/list-state';
import { useI18n } from '../../../core/i18n';
import { AuditLogsDocument, type AuditLogFilter } from '../../../gql/graphql';
import { DataTable, type Column } from '../../../ui/DataTable';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { TextField } from '../../../ui/Field';
import { FilterBar } from '../../../ui/FilterBar';
import { formatDateTime } from '../../../ui/format';
import { Page } from '../../../ui/Page';

const FILTERS = { action: '', actor: '', targetType: '', targetId: '', requestId: '', createdFrom: '', createdTo: '' };

/** The audit log, newest first: who did what to which object, with the request id for the service logs. */
export default function AuditPage() {
  const { t, lang } = useI18n();
  const list = useListState(FILTERS);
  const f = list.filters;
  const filter = compact({
    action: f.action.trim(), actor: f.actor.trim(), targetType: f.targetType.trim(), targetId: f.targetId.trim(),
    requestId: f.requestId.trim(), createdFrom: dayStart(f.createdFrom), createdTo: dayEnd(f.createdTo),
  }) as AuditLogFilter;
  const { data, loading, error } = useQuery(AuditLogsDocument, { variables: { filter, page: list.page, pageSize: list.pageSize } });
  type Row = NonNullable<typeof data>['auditLogs']['items'][number];
  const columns: Column<Row>[] = [
    { key: 'when', header: t('audit.when'), cell: (r) => formatDateTime(r.createdAt, lang) },
    { key: 'action', header: t('audit.action'), cell: (r) => <span className="mono">{r.action}</span> },
    { key: 'actor', header: t('audit.actor'), cell: (r) => r.actor },
    { key: 'target', header: t('audit.target'), cell: (r) => (r.targetType ? <span className="mono">{`${r.targetType} ${r.targetId ?? ''}`}</span> : '—') },
    { key: 'ip', header: t('audit.ip'), cell: (r) => r.ip ?? '—' },
    { key: 'request', header: t('audit.requestId'), cell: (r) => <span className="mono">{r.requestId ?? '—'}</span> },
    {
      key: 'payload',
      header: t('audit.details'),
      cell: (r) =>
        r.payload ? (
          <details>
            <summary>{t('audit.show')}</summary>
            <pre className="payload">{pretty(r.payload)}</pre>
          </details>
        ) : (
          ''
        ),
    },
  ];
  return (
    <Page title={t('nav.audit')}>
      <FilterBar
        label={t('audit.filters')}
        value={list.filters}
        onApply={list.setFilters}
        onReset={list.resetFilters}
        more={(draft, set) => (
          <>
            <TextField label={t('audit.targetType')} value={draft.targetType} onChange={set('targetType')} />
            <TextField label={t('audit.targetId')} value={draft.targetId} onChange={set('targetId')} />
            <TextField label={t('audit.requestId')} value={draft.requestId} onChange={set('requestId')} />
          </>
        )}
      >
        {(draft, set) => (
          <>
            <TextField label={t('audit.action')} value={draft.action} onChange={set('action')} hint={t('audit.actionHint')} />
            <TextField label={t('audit.actor')} value={draft.actor} onChange={set('actor')} />
            <TextField label={t('codes.createdFrom')} type="date" value={draft.createdFrom} onChange={set('createdFrom')} />
            <TextField label={t('codes.createdTo')} type="date" value={draft.createdTo} onChange={set('createdTo')} />
          </>
        )}
      </FilterBar>
      <ErrorNotice error={error} />
      <DataTable
        caption={t('nav.audit')}
        columns={columns}
        rows={data?.auditLogs.items}
        rowKey={(r) => r.id}
        loading={loading}
        page={{ page: list.page, pageSize: list.pageSize, total: data?.auditLogs.total ?? 0, onPage: list.setPage, onPageSize: list.setPageSize }}
      />
    </Page>
  );
}

/** The payload as indented JSON when it is JSON (it is, from the services), else as sent. */
function pretty(payload: string): string {
  try {
    return JSON.stringify(JSON.parse(payload), null, 2);
  } catch {
    return payload;
  }
}
