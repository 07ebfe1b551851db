import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../../core/i18n';
import { PoolGroupChoicesDocument } from '../../../gql/graphql';

export interface Choice {
  value: string;
  label: string;
}

/** Mother groups and pool groups as select options, with a leading "none"/"all" entry. */
export function useGroupChoices(first: 'none' | 'all') {
  const { t } = useI18n();
  const { data, error } = useQuery(PoolGroupChoicesDocument, { fetchPolicy: 'cache-and-network' });
  const lead: Choice = { value: '', label: first === 'none' ? t('pool.group.none') : t('common.all') };
  return {
    error,
    motherGroups: [lead, ...(data?.motherGroups.items ?? []).map((g) => ({ value: g.id, label: g.name }))],
    poolGroups: [lead, ...(data?.poolGroups.items ?? []).map((g) => ({ value: g.id, label: g.isActive ? g.name : `${g.name} (${t('pool.poolGroup.inactive')})` }))],
  };
}

/** `<input type="datetime-local">` value (local time) → ISO instant, or null when empty. */
export function localToIso(value: string): string | null {
  if (!value.trim()) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}
