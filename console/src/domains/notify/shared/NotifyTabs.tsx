import { NavLink } from 'react-router';
import { useI18n } from '../../../core/i18n';

/** The two notification screens, one nav entry: endpoints and their deliveries. */
export function NotifyTabs() {
  const { t } = useI18n();
  return (
    <nav className="notify-tabs" aria-label={t('nav.notifications')}>
      <NavLink to="/notifications" end>{t('notify.tab.endpoints')}</NavLink>
      <NavLink to="/notifications/deliveries">{t('notify.tab.deliveries')}</NavLink>
    </nav>
  );
}
