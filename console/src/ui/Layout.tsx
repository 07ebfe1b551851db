import { Suspense, useState, type FormEvent } from 'react';
import { NavLink, Outlet, useNavigate } from 'react-router';
import type { NavEntry } from '../core/domain';
import { useI18n } from '../core/i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { Progress } from './Progress';

/** The console frame: left navigation, top bar (search, language, log out), the screen in the middle. */
export function Layout({ nav, onLogout }: { nav: NavEntry[]; onLogout: () => void }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [term, setTerm] = useState('');
  const search = (e: FormEvent) => {
    e.preventDefault();
    if (term.trim().length >= 2) navigate(`/search?q=${encodeURIComponent(term.trim())}`);
  };
  return (
    <div className="shell">
      <a className="skip" href="#main">{t('nav.skip')}</a>
      <aside className="sidebar">
        <div className="brand">seatpool</div>
        <nav aria-label={t('nav.label')}>
          <ul>
            {nav.map((n) => (
              <li key={n.to}>
                <NavLink to={n.to} end={n.to === '/'}>{t(n.labelKey)}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </aside>
      <div className="main-col">
        <header className="topbar">
          <form role="search" className="search" onSubmit={search}>
            <label htmlFor="global-search" className="sr-only">{t('nav.search')}</label>
            <input id="global-search" type="search" placeholder={t('nav.search')} value={term} minLength={2} onChange={(e) => setTerm(e.target.value)} />
            <button type="submit">{t('common.search')}</button>
          </form>
          <LanguageSwitch />
          <button type="button" onClick={onLogout}>{t('nav.logout')}</button>
        </header>
        <main id="main" tabIndex={-1}>
          <Suspense fallback={<Progress label={t('common.loading')} />}>
            <Outlet />
          </Suspense>
        </main>
      </div>
    </div>
  );
}
