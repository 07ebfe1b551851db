import { useEffect, type ReactNode } from 'react';
import { useI18n } from '../core/i18n';

/** A screen: its title (also the document title), actions on the right, then the content. */
export function Page({ title, actions, children }: { title: string; actions?: ReactNode; children: ReactNode }) {
  const { t } = useI18n();
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);
  return (
    <section className="page" aria-labelledby="page-title">
      <header className="page-head">
        <h1 id="page-title">{title}</h1>
        {actions ? <div className="page-actions">{actions}</div> : null}
      </header>
      {children}
    </section>
  );
}

export function Placeholder({ title }: { title: string }) {
  const { t } = useI18n();
  return (
    <Page title={title}>
      <p className="muted">{t('page.placeholder')}</p>
    </Page>
  );
}
