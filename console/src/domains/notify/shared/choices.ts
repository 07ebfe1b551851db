import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../../core/i18n';
import { NotifyEndpointChoicesDocument, NotifyGroupChoicesDocument } from '../../../gql/graphql';

export interface Choice {
  value: string;
  label: string;
}

/** Mother and pool groups as select options led by "any group", and their names by id for the list. */
export function useGroupChoices() {
  const { t } = useI18n();
  const { data, error } = useQuery(NotifyGroupChoicesDocument, { fetchPolicy: 'cache-and-network' });
  const any: Choice = { value: '', label: t('notify.anyGroup') };
  const mother = (data?.motherGroups.items ?? []).map((g) => ({ value: g.id, label: g.name }));
  const pool = (data?.poolGroups.items ?? []).map((g) => ({ value: g.id, label: g.name }));
  return {
    error,
    motherGroups: [any, ...mother],
    poolGroups: [any, ...pool],
    /** A group's name, or its id while the names load (or when it is not among the first 100). */
    motherGroupName: (id: string) => mother.find((g) => g.value === id)?.label ?? id,
    poolGroupName: (id: string) => pool.find((g) => g.value === id)?.label ?? id,
  };
}

/** Every endpoint as a filter option, led by "all". */
export function useEndpointChoices() {
  const { t } = useI18n();
  const { data, error } = useQuery(NotifyEndpointChoicesDocument, { fetchPolicy: 'cache-and-network' });
  return { error, endpoints: [{ value: '', label: t('common.all') }, ...(data?.webhookEndpoints.items ?? []).map((e) => ({ value: e.id, label: e.url }))] };
}
