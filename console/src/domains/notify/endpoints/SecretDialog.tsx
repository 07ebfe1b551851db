import { useI18n } from '../../../core/i18n';
import { Dialog } from '../../../ui/Dialog';
import { SecretBox } from '../../../ui/SecretBox';

/** The signing secret after create or rotate: shown this once, with a copy button. */
export function SecretDialog({ shown, onClose }: { shown: { url: string; secret: string } | null; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Dialog open={!!shown} title={t('notify.secretTitle')} onClose={onClose}>
      {shown ? (
        <div>
          <p className="notice notice-warn" role="alert">{t('notify.secretOnce')}</p>
          <p className="endpoint-url">{shown.url}</p>
          <SecretBox label={t('notify.secret')} value={shown.secret} />
          <p className="field-hint">{t('notify.secretUse')}</p>
          <div className="form-actions">
            <button type="button" className="primary" onClick={onClose}>{t('notify.secretDone')}</button>
          </div>
        </div>
      ) : null}
    </Dialog>
  );
}
