import { createServiceClient } from '@seatpool/kit';

/** Pool's answer for one placement idempotency key (pool's internal `Placement` type). */
export interface Placement {
  idempotencyKey: string;
  status: 'IN_FLIGHT' | 'PLACED' | 'FAILED' | 'ABORTED';
  email: string;
  motherId: string | null;
  teamId: string | null;
  teamName: string | null;
  alreadyMember: boolean;
  errorCode: string | null;
}

/** Pool's internal placement API. Every method throws kit's `ServiceCallError` when the call fails. */
export interface PoolClient {
  /** Places the email (idempotent per key: a retry answers with the stored placement). */
  placeEmail(input: { idempotencyKey: string; email: string; motherGroupId: string | null }, requestId: string): Promise<Placement>;
  /** The placement stored under the key; null when pool never saw it. */
  placement(idempotencyKey: string, requestId: string): Promise<Placement | null>;
  /** Makes sure no placement can happen under the key any more; answers its final state. */
  abortPlacement(idempotencyKey: string, requestId: string): Promise<Placement | null>;
}

const FIELDS = 'idempotencyKey status email motherId teamId teamName alreadyMember errorCode';
const PLACE = `mutation PlaceEmail($input: PlaceEmailInput!) { placeEmail(input: $input) { ${FIELDS} } }`;
const LOOKUP = `query Placement($key: String!) { placement(idempotencyKey: $key) { ${FIELDS} } }`;
const ABORT = `mutation AbortPlacement($key: String!) { abortPlacement(idempotencyKey: $key) { ${FIELDS} } }`;

// Look-ups and aborts are quick bookkeeping on pool's side; they never wait for the upstream.
const BOOKKEEPING_TIMEOUT_MS = 10_000;

export function createPoolClient(opts: { url: string; secret: string; placementTimeoutMs: number }): PoolClient {
  const place = createServiceClient({ url: opts.url, secret: opts.secret, service: 'users', timeoutMs: opts.placementTimeoutMs });
  const bookkeeping = createServiceClient({
    url: opts.url,
    secret: opts.secret,
    service: 'users',
    timeoutMs: Math.min(BOOKKEEPING_TIMEOUT_MS, opts.placementTimeoutMs),
  });
  return {
    placeEmail: async (input, requestId) =>
      (await place<{ placeEmail: Placement }>(PLACE, { input }, requestId)).placeEmail,
    placement: async (key, requestId) =>
      (await bookkeeping<{ placement: Placement | null }>(LOOKUP, { key }, requestId)).placement,
    abortPlacement: async (key, requestId) =>
      (await bookkeeping<{ abortPlacement: Placement | null }>(ABORT, { key }, requestId)).abortPlacement,
  };
}
