import { errorMessage, problemOf } from '../core/errors';
import { useI18n } from '../core/i18n';

/** An API error as one clear sentence in the page language, with the request id for support. */
export function ErrorNotice({ error, context }: { error: unknown; context?: 'login' }) {
  const { t } = useI18n();
  if (!error) return null;
  const problem = problemOf(error);
  const msg = errorMessage(problem, context);
  return (
    <div className="notice notice-error" role="alert">
      <p>{t(msg.key, msg.vars)}</p>
      {msg.key === 'error.BAD_USER_INPUT' && problem.serverMessage ? <p className="notice-detail">{problem.serverMessage}</p> : null}
      {problem.requestId && ['INTERNAL', 'UPSTREAM_UNAVAILABLE', 'UNKNOWN'].includes(problem.code) ? (
        <p className="notice-detail">{t('common.requestId', { id: problem.requestId })}</p>
      ) : null}
    </div>
  );
}

/** The same text as a string, for toasts. */
export function useErrorText() {
  const { t } = useI18n();
  return (error: unknown, context?: 'login') => {
    const msg = errorMessage(problemOf(error), context);
    return t(msg.key, msg.vars);
  };
}
