import { Link, useRouteError } from 'react-router';
import { useI18n } from '../core/i18n';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Progress } from '../ui/Progress';

/** A screen that threw (or a chunk that failed to load) shows a sentence, never a blank page. */
export function RouteError() {
  const error = useRouteError();
  const { t } = useI18n();
  const looksLikeApi = !!error && typeof error === 'object' && ('errors' in error || 'statusCode' in error);
  return (
    <div className="page" role="alert">
      {looksLikeApi ? <ErrorNotice error={error} /> : <p className="notice notice-error">{t('page.crashed')}</p>}
      <p>
        <Link to="/">{t('nav.overview')}</Link>
      </p>
    </div>
  );
}

export function NotFound() {
  const { t } = useI18n();
  return (
    <div className="page">
      <p className="notice">{t('page.notFound')}</p>
      <p>
        <Link to="/">{t('nav.overview')}</Link>
      </p>
    </div>
  );
}

/** Shown while the first screen's chunk loads. */
export function RouteLoading() {
  const { t } = useI18n();
  return <Progress label={t('common.loading')} />;
}
