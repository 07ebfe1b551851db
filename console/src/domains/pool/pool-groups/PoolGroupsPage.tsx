import { useI18n } from '../../../core/i18n';
import { Placeholder } from '../../../ui/Page';

export default function PoolGroupsPage() {
  const { t } = useI18n();
  return <Placeholder title={t('nav.poolGroups')} />;
}
