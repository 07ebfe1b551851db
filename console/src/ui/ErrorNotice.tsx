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

/** Codes whose server text names the precise cause (a taken name, seats in use, a URL the API refuses). */
const EXPLAINED = ['CONFLICT', 'BAD_USER_INPUT'];

/**
 * The notice above, plus the API's own sentence for CONFLICT: a conflict's message says exactly
 * what is in the way ("A mother group with this name already exists.").
 */
export function ExplainedErrorNotice({ error }: { error: unknown }) {
  const { t } = useI18n();
  if (!error) return null;
  const problem = problemOf(error);
  if (problem.code !== 'CONFLICT' || !problem.serverMessage) return <ErrorNotice error={error} />;
  const msg = errorMessage(problem);
  return (
    <div className="notice notice-error" role="alert">
      <p>{t(msg.key, msg.vars)}</p>
      <p className="notice-detail">{problem.serverMessage}</p>
    </div>
  );
}

/** The same for toasts: the translated sentence, then the API's precise cause in brackets. */
export function explainedText(translated: string, error: unknown): string {
  const problem = problemOf(error);
  return EXPLAINED.includes(problem.code) && problem.serverMessage ? `${translated} (${problem.serverMessage})` : translated;
}
