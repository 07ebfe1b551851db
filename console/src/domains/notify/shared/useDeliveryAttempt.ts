import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { WebhookDeliveriesDocument, type WebhookDeliveryRowFragment } from '../../../gql/graphql';

const POLL_MS = 1000;
/** How long "send test" and "redeliver" wait for the attempt before pointing at the list instead. */
export const ATTEMPT_WAIT_MS = 30_000;

/**
 * Follows one delivery after "send test" or "redeliver" until an attempt beyond `baseline`
 * attempts has been made (the API may answer before its first try), polling the endpoint's
 * deliveries; `slow` once ATTEMPT_WAIT_MS passed without one. A null baseline: nothing to follow.
 */
export function useDeliveryAttempt(start: WebhookDeliveryRowFragment | null, baseline: number | null) {
  const [latest, setLatest] = useState(start);
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    setLatest(start);
    setSlow(false);
  }, [start]);
  const attempted = !!latest && baseline !== null && latest.attempts > baseline;
  const waiting = !!latest && baseline !== null && !attempted && !slow;
  const { data } = useQuery(WebhookDeliveriesDocument, {
    variables: { endpointId: start?.endpoint.id, page: 1, pageSize: 200 },
    pollInterval: POLL_MS,
    skip: !waiting,
    fetchPolicy: 'network-only',
  });
  useEffect(() => {
    const found = data?.webhookDeliveries.items.find((d) => d.id === start?.id);
    if (found) setLatest(found);
  }, [data, start]);
  useEffect(() => {
    if (!waiting) return undefined;
    const timer = setTimeout(() => setSlow(true), ATTEMPT_WAIT_MS);
    return () => clearTimeout(timer);
  }, [waiting]);
  return { delivery: latest, waiting, slow: slow && !attempted };
}
