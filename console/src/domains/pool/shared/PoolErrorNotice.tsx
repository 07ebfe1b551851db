import { errorMessage, problemOf } from '../../../core/errors';
import { useI18n } from '../../../core/i18n';
import { ErrorNotice } from '../../../ui/ErrorNotice';

/** Codes whose server text names the precise cause (a taken name, seats in use, a mother still in a group). */
const EXPLAINED = ['CONFLICT', 'BAD_USER_INPUT'];

/**
 * The shared error notice, plus the API's own sentence for CONFLICT (pool's conflicts say exactly
 * what is in the way: "A mother group with this name already exists."). Candidate for ui/ErrorNotice.
 */
export function PoolErrorNotice({ error }: { error: unknown }) {
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
