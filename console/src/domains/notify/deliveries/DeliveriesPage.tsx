import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useI18n } from '../../../core/i18n';
import { useListState } from '../../../core/list-state';
import { RedeliverWebhookDocument, WebhookDeliveriesDocument, type WebhookDeliveryRowFragment, type WebhookDeliveryStatus } from '../../../gql/graphql';
import { Badge } from '../../../ui/Badge';
import { DataTable, type Column } from '../../../ui/DataTable';
import { SelectField } from '../../../ui/Field';
import { FilterBar } from '../../../ui/FilterBar';
import { formatDateTime } from '../../../ui/format';
import { Page } from '../../../ui/Page';
import { Progress } from '../../../ui/Progress';
import { useAction } from '../../../ui/useAction';
import '../notify.css';
import { useEndpointChoices } from '../shared/choices';
import { NotifyErrorNotice, useNotifyErrorText } from '../shared/NotifyErrorNotice';
import { NotifyTabs } from '../shared/NotifyTabs';
import { DeliveryDialog } from './DeliveryDialog';

const STATUSES: WebhookDeliveryStatus[] = ['PENDING', 'DELIVERED', 'FAILED'];
const FILTERS = { endpoint: '', status: '' };
const LIST_POLL_MS = 5000;

/** Deliveries, newest first, by endpoint and status (URL state), with their detail and redelivery. */
export default function DeliveriesPage() {
  const { t, lang } = useI18n();
  const list = useListState(FILTERS);
  const f = list.filters;
  const variables = { endpointId: f.endpoint || undefined, status: (f.status || undefined) as WebhookDeliveryStatus | undefined, page: list.page, pageSize: list.pageSize };
  const { data, loading, error } = useQuery(WebhookDeliveriesDocument, { variables });
  // The list follows retries while a listed delivery is still pending.
  const anyPending = data?.webhookDeliveries.items.some((d) => d.status === 'PENDING') ?? false;
  useQuery(WebhookDeliveriesDocument, { variables, pollInterval: LIST_POLL_MS, skip: !anyPending, fetchPolicy: 'network-only' });
  const choices = useEndpointChoices();
  const [open, setOpen] = useState<{ delivery: WebhookDeliveryRowFragment; baseline: number | null } | null>(null);
  const [redeliver] = useMutation(RedeliverWebhookDocument);
  const explain = useNotifyErrorText();
  const { busy, run } = useAction(explain);
  const filtered = !!(f.endpoint || f.status);

  const resend = async (d: WebhookDeliveryRowFragment) => {
    const r = await run(t('deliveries.redelivering'), () => redeliver({ variables: { id: d.id } }));
    if (r?.data) setOpen({ delivery: r.data.redeliverWebhook, baseline: d.attempts });
  };

  const columns: Column<WebhookDeliveryRowFragment>[] = [
    { key: 'created', header: t('deliveries.created'), className: 'nowrap', cell: (d) => formatDateTime(d.createdAt, lang) },
    { key: 'endpoint', header: t('deliveries.endpoint'), cell: (d) => <span className="endpoint-url">{d.endpoint.url}</span> },
    { key: 'type', header: t('deliveries.type'), className: 'nowrap', cell: (d) => t(`notifyType.${d.type}`) },
    { key: 'status', header: t('deliveries.status'), cell: (d) => <Badge value={d.status} label={t(`deliveryStatus.${d.status}`)} /> },
    { key: 'attempts', header: t('deliveries.attempts'), className: 'num', cell: (d) => d.attempts },
    { key: 'code', header: t('deliveries.lastCode'), className: 'num', cell: (d) => d.lastStatusCode ?? '—' },
    { key: 'next', header: t('deliveries.nextAttempt'), className: 'nowrap', cell: (d) => (d.status === 'PENDING' ? formatDateTime(d.nextAttemptAt, lang) : '—') },
    {
      key: 'actions', header: t('common.actions'), className: 'actions',
      cell: (d) => (
        <>
          <button type="button" onClick={() => setOpen({ delivery: d, baseline: null })}>{t('deliveries.details')}</button>
          <button type="button" disabled={!!busy || !d.endpoint.enabled} title={d.endpoint.enabled ? undefined : t('notify.enableFirst')} onClick={() => resend(d)}>{t('deliveries.redeliver')}</button>
        </>
      ),
    },
  ];
  return (
    <Page title={t('nav.notifications')}>
      <NotifyTabs />
      <FilterBar label={t('deliveries.filters')} value={list.filters} onApply={list.setFilters} onReset={list.resetFilters}>
        {(draft, set) => (
          <>
            <SelectField label={t('deliveries.endpoint')} className="endpoint-filter" value={draft.endpoint} onChange={set('endpoint')}
              options={draft.endpoint && !choices.endpoints.some((c) => c.value === draft.endpoint) ? [...choices.endpoints, { value: draft.endpoint, label: draft.endpoint }] : choices.endpoints} />
            <SelectField label={t('deliveries.status')} value={draft.status} onChange={set('status')}
              options={[{ value: '', label: t('common.all') }, ...STATUSES.map((s) => ({ value: s, label: t(`deliveryStatus.${s}`) }))]} />
          </>
        )}
      </FilterBar>
      {choices.error ? <p className="notice notice-warn">{t('deliveries.endpointsError')}</p> : null}
      <NotifyErrorNotice error={error} />
      {busy ? <Progress label={busy} /> : null}
      {error && !data ? null : !loading && data && data.webhookDeliveries.total === 0 ? (
        <div className="panel empty-state"><p>{filtered ? t('deliveries.emptyFiltered') : t('deliveries.empty')}</p></div>
      ) : (
        <DataTable caption={t('notify.tab.deliveries')} columns={columns} rows={data?.webhookDeliveries.items} rowKey={(d) => d.id} loading={loading}
          page={{ page: list.page, pageSize: list.pageSize, total: data?.webhookDeliveries.total ?? 0, onPage: list.setPage, onPageSize: list.setPageSize }} />
      )}
      <DeliveryDialog opened={open} busy={!!busy} onRedeliver={resend} onClose={() => setOpen(null)} />
    </Page>
  );
}
