import { useI18n } from '../../../core/i18n';
import { Placeholder } from '../../../ui/Page';

export default function ImportPage() {
  const { t } = useI18n();
  return <Placeholder title={t('nav.import')} />;
}
