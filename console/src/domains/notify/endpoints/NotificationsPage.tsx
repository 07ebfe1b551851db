import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../core/i18n';
import { useListState } from '../../../core/list-state';
import {
  DeleteWebhookEndpointDocument, DisableWebhookEndpointDocument, EnableWebhookEndpointDocument, RotateWebhookSecretDocument, SendTestWebhookDocument,
  WebhookEndpointsDocument, type WebhookDeliveryRowFragment, type WebhookEndpointRowFragment,
} from '../../../gql/graphql';
import { DataTable, type Column } from '../../../ui/DataTable';
import { ConfirmDialog, Dialog } from '../../../ui/Dialog';
import { formatDateTime } from '../../../ui/format';
import { Page } from '../../../ui/Page';
import { Progress } from '../../../ui/Progress';
import { useAction } from '../../../ui/useAction';
import '../notify.css';
import { useGroupChoices } from '../shared/choices';
import { NotifyErrorNotice, useNotifyErrorText } from '../shared/NotifyErrorNotice';
import { DeliveryOutcome } from '../shared/DeliveryOutcome';
import { NotifyTabs } from '../shared/NotifyTabs';
import { useDeliveryAttempt } from '../shared/useDeliveryAttempt';
import { EndpointDialog } from './EndpointDialog';
import { SecretDialog } from './SecretDialog';

const NO_FILTERS = {};

/** Webhook endpoints: list, create/edit, enable/disable, rotate, test, delete. */
export default function NotificationsPage() {
  const { t, lang } = useI18n();
  const list = useListState(NO_FILTERS);
  const { data, loading, error } = useQuery(WebhookEndpointsDocument, { variables: { page: list.page, pageSize: list.pageSize } });
  const groups = useGroupChoices();
  const [editing, setEditing] = useState<WebhookEndpointRowFragment | null | undefined>(undefined);
  const [secret, setSecret] = useState<{ url: string; secret: string } | null>(null);
  const [deleting, setDeleting] = useState<WebhookEndpointRowFragment | null>(null);
  const [rotating, setRotating] = useState<WebhookEndpointRowFragment | null>(null);
  const [tested, setTested] = useState<WebhookDeliveryRowFragment | null>(null);
  const [enable] = useMutation(EnableWebhookEndpointDocument);
  const [disable] = useMutation(DisableWebhookEndpointDocument);
  const [remove] = useMutation(DeleteWebhookEndpointDocument);
  const [rotate] = useMutation(RotateWebhookSecretDocument);
  const [sendTest] = useMutation(SendTestWebhookDocument);
  const explain = useNotifyErrorText();
  const { busy, run } = useAction(explain);

  const columns: Column<WebhookEndpointRowFragment>[] = [
    {
      key: 'url', header: t('notify.url'), className: 'url',
      cell: (e) => (
        <>
          <span className="endpoint-url">{e.url}</span>
          {e.description ? <span className="endpoint-sub">{e.description}</span> : null}
          <span className="endpoint-sub">{t('notify.secretHint', { hint: e.secretHint })}</span>
        </>
      ),
    },
    {
      key: 'types', header: t('notify.eventTypes'),
      cell: (e) => (e.eventTypes.length === 0 ? <span className="badge type">{t('notify.allTypes')}</span> : e.eventTypes.map((type) => <span key={type} className="badge type">{t(`notifyType.${type}`)}</span>)),
    },
    {
      key: 'limits', header: t('notify.filters'), className: 'limits',
      cell: (e) => (
        <>
          {!e.motherGroupId && !e.poolGroupId ? <span className="muted">{t('notify.anyGroup')}</span> : null}
          {e.motherGroupId ? <span className="endpoint-sub">{t('notify.motherGroupNamed', { name: groups.motherGroupName(e.motherGroupId) })}</span> : null}
          {e.poolGroupId ? <span className="endpoint-sub">{t('notify.poolGroupNamed', { name: groups.poolGroupName(e.poolGroupId) })}</span> : null}
          <span className="endpoint-sub">{t('notify.threshold.seats', { n: e.freeSeatsBelow })}</span>
          <span className="endpoint-sub">{t('notify.threshold.days', { n: e.tokenExpiryDays })}</span>
          <span className="endpoint-sub">{t('notify.threshold.failures', { n: e.redeemFailuresPerMinute })}</span>
        </>
      ),
    },
    {
      key: 'state', header: t('notify.state'),
      cell: (e) => (
        <>
          {e.enabled ? <span className="badge badge-ok">{t('notify.enabled')}</span> : <span className="badge badge-err">{t('notify.disabled')}</span>}
          {e.disabledReason ? <span className="endpoint-sub">{disabledReason(e.disabledReason, t)}</span> : null}
          {e.recentFailures > 0 ? <span className="endpoint-sub">{t('notify.recentFailures', { count: e.recentFailures })}</span> : null}
        </>
      ),
    },
    { key: 'created', header: t('notify.created'), className: 'nowrap', cell: (e) => formatDateTime(e.createdAt, lang) },
    {
      key: 'actions', header: t('common.actions'), className: 'actions',
      cell: (e) => (
        <>
          <button type="button" disabled={!!busy || !e.enabled} title={e.enabled ? undefined : t('notify.enableFirst')}
            onClick={async () => {
              const r = await run(t('notify.testing'), () => sendTest({ variables: { id: e.id } }));
              if (r?.data) setTested(r.data.sendTestWebhook);
            }}>
            {t('notify.sendTest')}
          </button>
          <button type="button" onClick={() => setEditing(e)}>{t('notify.edit')}</button>
          {e.enabled ? (
            <button type="button" disabled={!!busy} onClick={() => run(t('notify.disabling'), () => disable({ variables: { id: e.id } }), () => t('notify.disabledOk'))}>{t('notify.disable')}</button>
          ) : (
            <button type="button" disabled={!!busy} onClick={() => run(t('notify.enabling'), () => enable({ variables: { id: e.id } }), () => t('notify.enabledOk'))}>{t('notify.enable')}</button>
          )}
          <button type="button" onClick={() => setRotating(e)}>{t('notify.rotate')}</button>
          <Link className="button" to={`/notifications/deliveries?endpoint=${encodeURIComponent(e.id)}`}>{t('notify.showDeliveries')}</Link>
          <button type="button" className="danger-text" onClick={() => setDeleting(e)}>{t('notify.delete')}</button>
        </>
      ),
    },
  ];
  const add = <button type="button" className="primary" onClick={() => setEditing(null)}>{t('notify.add')}</button>;
  return (
    <Page title={t('nav.notifications')} actions={add}>
      <NotifyTabs />
      <p className="muted">{t('notify.intro')}</p>
      <NotifyErrorNotice error={error} />
      {busy ? <Progress label={busy} /> : null}
      {error && !data ? null : !loading && data && data.webhookEndpoints.total === 0 ? (
        <div className="panel empty-state">
          <p>{t('notify.empty')}</p>
          {add}
        </div>
      ) : (
        <div className="endpoint-list">
          <DataTable caption={t('nav.notifications')} columns={columns} rows={data?.webhookEndpoints.items} rowKey={(e) => e.id} loading={loading}
            page={{ page: list.page, pageSize: list.pageSize, total: data?.webhookEndpoints.total ?? 0, onPage: list.setPage, onPageSize: list.setPageSize }} />
        </div>
      )}
      <EndpointDialog endpoint={editing} onClose={() => setEditing(undefined)}
        onCreated={(e, s) => { setEditing(undefined); setSecret({ url: e.url, secret: s }); }} />
      <SecretDialog shown={secret} onClose={() => setSecret(null)} />
      <TestDialog delivery={tested} onClose={() => setTested(null)} />
      <ConfirmDialog
        open={!!rotating}
        title={t('notify.rotateTitle')}
        message={rotating ? t('notify.rotateConfirm', { url: rotating.url }) : ''}
        confirmLabel={t('notify.rotate')}
        onClose={() => setRotating(null)}
        onConfirm={async () => {
          const e = rotating!;
          setRotating(null);
          const r = await run(t('notify.rotating'), () => rotate({ variables: { id: e.id }, fetchPolicy: 'no-cache', refetchQueries: ['WebhookEndpoints'] }));
          if (r?.data) setSecret({ url: e.url, secret: r.data.rotateWebhookSecret.secret });
        }}
      />
      <ConfirmDialog
        open={!!deleting}
        title={t('notify.deleteTitle')}
        message={deleting ? t('notify.deleteConfirm', { url: deleting.url }) : ''}
        confirmLabel={t('notify.delete')}
        onClose={() => setDeleting(null)}
        onConfirm={async () => {
          const e = deleting!;
          setDeleting(null);
          await run(t('notify.deleting'), () => remove({ variables: { id: e.id }, refetchQueries: ['WebhookEndpoints', 'NotifyEndpointChoices'] }), () => t('notify.deleted'));
        }}
      />
    </Page>
  );
}

/** `disabledReason` in words; a reason this console does not know yet is shown as the API says it. */
function disabledReason(reason: string, t: (key: string) => string): string {
  return ['operator', 'persistent_failure', 'gone'].includes(reason) ? t(`notify.reason.${reason}`) : reason;
}

/** The test delivery: progress until its first attempt, then what the receiver answered. */
function TestDialog({ delivery, onClose }: { delivery: WebhookDeliveryRowFragment | null; onClose: () => void }) {
  const { t } = useI18n();
  const watched = useDeliveryAttempt(delivery, 0);
  return (
    <Dialog open={!!delivery} title={t('notify.testTitle')} onClose={onClose}>
      {watched.delivery ? (
        <div>
          <p className="endpoint-url">{watched.delivery.endpoint.url}</p>
          <DeliveryOutcome delivery={watched.delivery} waiting={watched.waiting} slow={watched.slow} />
          <div className="form-actions">
            <Link className="button" to={`/notifications/deliveries?endpoint=${encodeURIComponent(watched.delivery.endpoint.id)}`} onClick={onClose}>{t('notify.openDeliveries')}</Link>
            <button type="button" className="primary" onClick={onClose}>{t('common.close')}</button>
          </div>
        </div>
      ) : null}
    </Dialog>
  );
}
