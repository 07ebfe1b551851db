import { problemOf } from '../../../core/errors';
import { useI18n } from '../../../core/i18n';
import { ExplainedErrorNotice } from '../../../ui/ErrorNotice';

/**
 * The shared text of UPSTREAM_UNAVAILABLE speaks of the team service and of nothing being used
 * up (the redeem flow); on these screens the service not answering is notify.
 */
export function useNotifyErrorText() {
  const { t } = useI18n();
  return (error: unknown): string | undefined => (problemOf(error).code === 'UPSTREAM_UNAVAILABLE' ? t('notify.error.unavailable') : undefined);
}

/** The shared error notice, with notify's own sentence when the service does not answer. */
export function NotifyErrorNotice({ error }: { error: unknown }) {
  const { t } = useI18n();
  const own = useNotifyErrorText();
  if (!error) return null;
  const text = own(error);
  if (!text) return <ExplainedErrorNotice error={error} />;
  const { requestId } = problemOf(error);
  return (
    <div className="notice notice-error" role="alert">
      <p>{text}</p>
      {requestId ? <p className="notice-detail">{t('common.requestId', { id: requestId })}</p> : null}
    </div>
  );
}
