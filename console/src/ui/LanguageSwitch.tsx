import { useI18n } from '../core/i18n';
import { LANGS } from '../core/messages';

/** English / 中文 as two buttons, each named in its own language so either reader finds it. */
export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <div className="lang-switch" role="group" aria-label={t('lang.label')}>
      {LANGS.map((l) => (
        <button
          key={l.id}
          type="button"
          lang={l.id === 'zh' ? 'zh-CN' : 'en'}
          aria-pressed={lang === l.id}
          className={lang === l.id ? 'active' : undefined}
          onClick={() => setLang(l.id)}
        >
          {l.label}
        </button>
      ))}
    </div>
  );
}
