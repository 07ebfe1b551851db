import { useI18n } from '../../../core/i18n';
import type { WebhookDeliveryRowFragment } from '../../../gql/graphql';
import { Badge } from '../../../ui/Badge';
import { Dialog } from '../../../ui/Dialog';
import { formatDateTime } from '../../../ui/format';
import { DeliveryOutcome } from '../shared/DeliveryOutcome';
import { readablePayload } from './payload';
import { useDeliveryAttempt } from '../shared/useDeliveryAttempt';

/**
 * One delivery: its attempts, the last answer or error, the payload. After "redeliver" it follows
 * the new attempt (`baseline` = attempts before it; null when only opened) and shows what it came to.
 */
export function DeliveryDialog({ opened, busy, onRedeliver, onClose }: {
  opened: { delivery: WebhookDeliveryRowFragment; baseline: number | null } | null;
  busy: boolean;
  onRedeliver: (d: WebhookDeliveryRowFragment) => void;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const watched = useDeliveryAttempt(opened?.delivery ?? null, opened?.baseline ?? null);
  const d = watched.delivery;
  return (
    <Dialog open={!!opened} title={d ? t('deliveries.detailTitle', { id: d.id }) : ''} onClose={onClose}>
      {d ? (
        <div className="delivery-detail">
          {d.endpoint.enabled ? null : <p className="notice notice-warn">{t('notify.enableFirst')}</p>}
          <dl className="kv">
            <dt>{t('deliveries.id')}</dt><dd className="mono">{d.id}</dd>
            <dt>{t('deliveries.endpoint')}</dt><dd className="endpoint-url">{d.endpoint.url}</dd>
            <dt>{t('deliveries.type')}</dt><dd>{t(`notifyType.${d.type}`)}</dd>
            <dt>{t('deliveries.status')}</dt><dd><Badge value={d.status} label={t(`deliveryStatus.${d.status}`)} /></dd>
            <dt>{t('deliveries.attempts')}</dt><dd>{d.attempts}</dd>
            <dt>{t('deliveries.lastCode')}</dt><dd>{d.lastStatusCode ?? t('notify.noAnswer')}</dd>
            <dt>{t('deliveries.lastAttempt')}</dt><dd>{formatDateTime(d.lastAttemptAt, lang)}</dd>
            {d.status === 'PENDING' ? <><dt>{t('deliveries.nextAttempt')}</dt><dd>{formatDateTime(d.nextAttemptAt, lang)}</dd></> : null}
            {d.deliveredAt ? <><dt>{t('deliveries.deliveredAt')}</dt><dd>{formatDateTime(d.deliveredAt, lang)}</dd></> : null}
            <dt>{t('deliveries.created')}</dt><dd>{formatDateTime(d.createdAt, lang)}</dd>
          </dl>
          {opened?.baseline != null ? <DeliveryOutcome delivery={d} waiting={watched.waiting} slow={watched.slow} /> : (
            <>
              <span className="field-label">{t('deliveries.response')}</span>
              <pre className="response-box" data-testid="delivery-response">{d.lastResponse || t('deliveries.noResponse')}</pre>
            </>
          )}
          <span className="field-label">{t('deliveries.payload')}</span>
          <pre className="response-box" data-testid="delivery-payload">{readablePayload(d.payload)}</pre>
          <div className="form-actions">
            <button type="button" disabled={busy || watched.waiting || !d.endpoint.enabled} title={d.endpoint.enabled ? undefined : t('notify.enableFirst')} onClick={() => onRedeliver(d)}>{t('deliveries.redeliver')}</button>
            <button type="button" className="primary" onClick={onClose}>{t('common.close')}</button>
          </div>
        </div>
      ) : null}
    </Dialog>
  );
}
