import { useSearchParams } from 'react-router';
import { useI18n } from '../../core/i18n';
import { Page } from '../../ui/Page';
import { SEARCH } from '../domains';

/** The global search: each domain shows its own matches (mothers, invites, codes) for the term. */
export default function SearchPage() {
  const [params] = useSearchParams();
  const { t } = useI18n();
  const term = (params.get('q') ?? '').trim();
  return (
    <Page title={t('search.title', { term })}>
      {term.length < 2 ? (
        <p className="notice">{t('search.tooShort')}</p>
      ) : (
        SEARCH.map((s) => (
          <section key={s.id} className="search-section">
            <s.Component term={term} />
          </section>
        ))
      )}
    </Page>
  );
}
