import { createServiceClient, type ServiceClient } from '@seatpool/kit';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import {
  AbortPlacementDocument,
  MotherGroupExistsDocument,
  PlaceEmailDocument,
  PlacementDocument,
  PlacementResendDocument,
  PoolEventsDocument,
  ReleasePlacementDocument,
  ResendPlacementInviteDocument,
  type PlaceEmailInput,
  type PlacementFieldsFragment,
  type PlacementResendQuery,
  type PoolEventsQuery,
  type ReleaseReason,
} from '../generated/pool-operations';

// The operations live in pool.operations.graphql; their results and variables are typed from
// schema/pool.graphql by `npm run codegen` (src/generated/pool-operations.ts).
export type { PlaceEmailInput, ReleaseReason };

/** Pool's answer for one placement idempotency key (pool's internal `Placement` type). */
export type Placement = PlacementFieldsFragment;

/** A fact from pool's outbox (`mother.status_changed`, `team.lost`, `placement.accepted`, `placement.released`); `payload` is JSON text. */
export type PoolEvent = PoolEventsQuery['poolEvents']['events'][number];

/** A resend pool recorded before its upstream call (pool's internal `PlacementResend` type). */
export type PlacementResend = NonNullable<PlacementResendQuery['placementResend']>;

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
  const place = typed(upstream, PlaceEmailDocument);
  const lookup = typed(bookkeeping, PlacementDocument);
  const abort = typed(bookkeeping, AbortPlacementDocument);
  const release = typed(upstream, ReleasePlacementDocument);
  const resend = typed(upstream, ResendPlacementInviteDocument);
  const events = typed(bookkeeping, PoolEventsDocument);
  const groupExists = typed(bookkeeping, MotherGroupExistsDocument);
  const resendLookup = typed(bookkeeping, PlacementResendDocument);
  return {
    placeEmail: async (input, requestId) => (await place({ input }, requestId)).placeEmail,
    placement: async (key, requestId) => (await lookup({ key }, requestId)).placement,
    abortPlacement: async (key, requestId) => (await abort({ key }, requestId)).abortPlacement,
    releasePlacement: async (input, requestId) => (await release({ input }, requestId)).releasePlacement,
    resendPlacementInvite: async (key, requestId, resendKey) => (await resend({ key, resendKey: resendKey ?? null }, requestId)).resendPlacementInvite,
    placementResend: async (resendKey, requestId) => (await resendLookup({ resendKey }, requestId)).placementResend,
    poolEvents: async (after, limit, requestId) => (await events({ after, limit }, requestId)).poolEvents,
    motherGroupExists: async (id, requestId) => (await groupExists({ id }, requestId)).motherGroupExists,
  };
}

/** A service call bound to one typed document: variables and answer are checked against pool's schema. */
function typed<R, V extends Record<string, unknown>>(call: ServiceClient, document: TypedDocumentNode<R, V>) {
  const query = print(document);
  return (variables: V, requestId: string) => call<R>(query, variables, requestId);
}
