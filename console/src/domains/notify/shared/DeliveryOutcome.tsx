import { useI18n } from '../../../core/i18n';
import type { WebhookDeliveryRowFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../../ui/format';
import { Progress } from '../../../ui/Progress';

/** What the last attempt of a delivery came to, in one sentence, with the receiver's answer. */
export function DeliveryOutcome({ delivery, waiting, slow }: { delivery: WebhookDeliveryRowFragment; waiting: boolean; slow: boolean }) {
  const { t, lang } = useI18n();
  if (waiting) return <Progress label={t('notify.waiting')} />;
  if (slow) return <p className="notice notice-warn outcome">{t('notify.outcome.slow')}</p>;
  const code = delivery.lastStatusCode ?? t('notify.noAnswer');
  const sentence = delivery.status === 'DELIVERED'
    ? t('notify.outcome.DELIVERED', { code })
    : delivery.status === 'FAILED'
      ? t('notify.outcome.FAILED')
      : t('notify.outcome.retrying', { at: formatDateTime(delivery.nextAttemptAt, lang) });
  return (
    <div className="outcome" role="status">
      <p className={`notice ${delivery.status === 'DELIVERED' ? 'notice-ok' : 'notice-error'}`}>{sentence}</p>
      <span className="field-label">{t('notify.lastAnswer')}</span>
      <pre className="response-box">{delivery.lastResponse || (delivery.lastStatusCode === null ? t('notify.noAnswer') : t('deliveries.noResponse'))}</pre>
    </div>
  );
}
