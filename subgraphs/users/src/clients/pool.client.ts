import { createServiceClient } from '@seatpool/kit';

export type ReleaseReason = 'SWITCH' | 'CANCEL' | 'REMOVE' | 'EXPIRE';

/** Pool's answer for one placement idempotency key (pool's internal `Placement` type). */
export interface Placement {
  idempotencyKey: string;
  status: 'IN_FLIGHT' | 'PLACED' | 'FAILED' | 'ABORTED' | 'RELEASED';
  email: string;
  motherId: string | null;
  teamId: string | null;
  teamName: string | null;
  alreadyMember: boolean;
  errorCode: string | null;
  inviteState?: 'PENDING' | 'ACCEPTED' | null;
  releaseReason?: ReleaseReason | null;
}

/** A resend pool recorded before its upstream call (pool's internal `PlacementResend` type). */
export interface PlacementResend {
  resendKey: string;
  placementKey: string;
  createdAt: string;
}

/** A fact from pool's outbox (`mother.status_changed`, `team.lost`, `placement.accepted`, `placement.released`). */
export interface PoolEvent {
  id: string;
  type: string;
  motherId: string | null;
  teamId: string | null;
  placementKey: string | null;
  email: string | null;
  /** JSON text. */
  payload: string;
  createdAt: string;
}

export interface PlaceEmailInput {
  idempotencyKey: string;
  email: string;
  motherGroupId: string | null;
  excludeMotherIds?: string[];
  preferRecentTeams?: boolean;
}

/** Pool's internal API. Every method throws kit's `ServiceCallError` when the call fails. */
export interface PoolClient {
  /** Places the email (idempotent per key: a retry answers with the stored placement). */
  placeEmail(input: PlaceEmailInput, requestId: string): Promise<Placement>;
  /** The placement stored under the key; null when pool never saw it. */
  placement(idempotencyKey: string, requestId: string): Promise<Placement | null>;
  /** Makes sure no placement can happen under the key any more; answers its final state. */
  abortPlacement(idempotencyKey: string, requestId: string): Promise<Placement | null>;
  /** Gives a PLACED seat up (cancels the invite or removes the member upstream); idempotent. */
  releasePlacement(input: { idempotencyKey: string; reason: ReleaseReason }, requestId: string): Promise<Placement>;
  /**
   * Sends the upstream invite of a PLACED placement again. With `resendKey` pool records the resend
   * first and a repeated key answers without a second upstream invite.
   */
  resendPlacementInvite(idempotencyKey: string, requestId: string, resendKey?: string): Promise<Placement>;
  /** The resend pool recorded under `resendKey` (it reached, or is reaching, the upstream); null when none did. */
  placementResend(resendKey: string, requestId: string): Promise<PlacementResend | null>;
  /** Pool's outbox after `after` (exclusive), oldest first. */
  poolEvents(after: string | null, limit: number, requestId: string): Promise<{ events: PoolEvent[]; cursor: string | null }>;
  /** Whether pool knows a mother group with this id (users keeps group ids opaque, never mirrors them). */
  motherGroupExists(id: string, requestId: string): Promise<boolean>;
}

const FIELDS = 'idempotencyKey status email motherId teamId teamName alreadyMember errorCode inviteState releaseReason';
const PLACE = `mutation PlaceEmail($input: PlaceEmailInput!) { placeEmail(input: $input) { ${FIELDS} } }`;
const LOOKUP = `query Placement($key: String!) { placement(idempotencyKey: $key) { ${FIELDS} } }`;
const ABORT = `mutation AbortPlacement($key: String!) { abortPlacement(idempotencyKey: $key) { ${FIELDS} } }`;
const RELEASE = `mutation ReleasePlacement($input: ReleasePlacementInput!) { releasePlacement(input: $input) { ${FIELDS} } }`;
const RESEND = `mutation ResendPlacementInvite($key: String!, $resendKey: String) { resendPlacementInvite(idempotencyKey: $key, resendKey: $resendKey) { ${FIELDS} } }`;
const RESEND_LOOKUP = `query PlacementResend($resendKey: String!) { placementResend(resendKey: $resendKey) { resendKey placementKey createdAt } }`;
const GROUP_EXISTS = `query MotherGroupExists($id: ID!) { motherGroupExists(id: $id) }`;
const EVENTS = `query PoolEvents($after: ID, $limit: Int) { poolEvents(after: $after, limit: $limit) {
  events { id type motherId teamId placementKey email payload createdAt } cursor } }`;

// Look-ups and aborts are quick bookkeeping on pool's side; they never wait for the upstream.
const BOOKKEEPING_TIMEOUT_MS = 10_000;

export function createPoolClient(opts: { url: string; secret: string; placementTimeoutMs: number }): PoolClient {
  // Calls that may wait for the upstream (place, release, resend) get the long budget.
  const upstream = createServiceClient({ url: opts.url, secret: opts.secret, service: 'users', audience: 'pool', timeoutMs: opts.placementTimeoutMs });
  const bookkeeping = createServiceClient({
    url: opts.url,
    secret: opts.secret,
    service: 'users',
    audience: 'pool',
    timeoutMs: Math.min(BOOKKEEPING_TIMEOUT_MS, opts.placementTimeoutMs),
  });
  return {
    placeEmail: async (input, requestId) =>
      (await upstream<{ placeEmail: Placement }>(PLACE, { input }, requestId)).placeEmail,
    placement: async (key, requestId) =>
      (await bookkeeping<{ placement: Placement | null }>(LOOKUP, { key }, requestId)).placement,
    abortPlacement: async (key, requestId) =>
      (await bookkeeping<{ abortPlacement: Placement | null }>(ABORT, { key }, requestId)).abortPlacement,
    releasePlacement: async (input, requestId) =>
      (await upstream<{ releasePlacement: Placement }>(RELEASE, { input }, requestId)).releasePlacement,
    resendPlacementInvite: async (key, requestId, resendKey) =>
      (await upstream<{ resendPlacementInvite: Placement }>(RESEND, { key, resendKey: resendKey ?? null }, requestId)).resendPlacementInvite,
    placementResend: async (resendKey, requestId) =>
      (await bookkeeping<{ placementResend: PlacementResend | null }>(RESEND_LOOKUP, { resendKey }, requestId)).placementResend,
    poolEvents: async (after, limit, requestId) =>
      (await bookkeeping<{ poolEvents: { events: PoolEvent[]; cursor: string | null } }>(EVENTS, { after, limit }, requestId)).poolEvents,
    motherGroupExists: async (id, requestId) =>
      (await bookkeeping<{ motherGroupExists: boolean }>(GROUP_EXISTS, { id }, requestId)).motherGroupExists,
  };
}
