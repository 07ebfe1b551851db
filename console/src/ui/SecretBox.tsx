import { useState } from 'react';
import { useI18n } from '../core/i18n';

/** A secret shown once, with a copy button (and selectable text where the clipboard is blocked). */
export function SecretBox({ label, value }: { label: string; value: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState<'ok' | 'failed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied('ok');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <div className="field">
      <span className="field-label">{label}</span>
      <div className="secret-box">
        <code aria-label={label} data-testid="secret">{value}</code>
        <button type="button" onClick={copy}>{t('common.copy')}</button>
      </div>
      {copied ? <p className={copied === 'ok' ? 'field-hint' : 'field-error'} role="status">{copied === 'ok' ? t('common.copied') : t('common.copyFailed')}</p> : null}
    </div>
  );
}
