import { createServiceClient, type EventEnvelope } from '@seatpool/kit';

/** An event of another domain in the EVENTS.md envelope (`data` parsed), with the source's cursor. */
export interface SourceEvent {
  /** The source's cursor value for this event (`after` of the next read). */
  position: string;
  /** Globally unique: `<source>-<outbox id>`. */
  eventId: string;
  /** `<source>.<entity>.<fact>`. */
  type: string;
  occurredAt: Date;
  data: Record<string, unknown>;
}

export interface EventPage {
  events: SourceEvent[];
  cursor: string | null;
}

export interface GroupCapacity { kind: 'MOTHER_GROUP' | 'POOL_GROUP' | 'ALL'; id: string | null; name: string | null; free: number; total: number }
export interface ExpiringToken { motherId: string; motherName: string; motherGroupId: string | null; poolGroupId: string | null; expiresAt: string }

/** What notify reads from pool and users (internal queries, signed `notify` identity). */
export interface Feeds {
  poolEvents(after: string | null, limit: number, requestId: string): Promise<EventPage>;
  usersEvents(after: string | null, limit: number, requestId: string): Promise<EventPage>;
  seatCapacity(requestId: string): Promise<GroupCapacity[]>;
  expiringTokens(withinDays: number, requestId: string): Promise<ExpiringToken[]>;
}

// Both sources answer the EVENTS.md envelope: `eventId`, `type` (`<source>.<entity>.<fact>`), `data` as JSON text.
const POOL_EVENTS = 'query ($after: ID, $limit: Int) { poolEvents(after: $after, limit: $limit) { cursor events { id eventId type data createdAt } } }';
const USERS_EVENTS = 'query ($after: ID, $limit: Int) { usersEvents(after: $after, limit: $limit) { cursor events { id eventId type version occurredAt data } } }';
const SEAT_CAPACITY = 'query { seatCapacity { kind id name free total } }';
const EXPIRING_TOKENS = 'query ($d: Int!) { expiringTokens(withinDays: $d) { motherId motherName motherGroupId poolGroupId expiresAt } }';

/** Pool's `PoolEvent` (its `type` is the outbox's, without the `pool.` of the envelope). */
export type RawPoolEvent = { id: string; eventId: string; type: string; data: string; createdAt: string };
type RawUsersEvent = { id: string; eventId: string; type: string; version: number; occurredAt: string; data: string | null };

/** Parses JSON text into an object; anything else is {} (a malformed event still advances the cursor). */
export function objectOf(text: string | null | undefined): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(text ?? '');
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export function poolSourceEvent(e: RawPoolEvent): SourceEvent {
  return { position: e.id, eventId: e.eventId, type: e.type.startsWith('pool.') ? e.type : `pool.${e.type}`, occurredAt: new Date(e.createdAt), data: objectOf(e.data) };
}

/** An envelope from NATS as the intake sees a polled event (no cursor position: the consumer acks instead). */
export function envelopeSourceEvent(e: EventEnvelope): SourceEvent {
  return { position: e.id, eventId: e.id, type: e.type, occurredAt: new Date(e.occurredAt), data: e.data };
}

export function createFeeds(opts: { poolUrl: string; usersUrl: string; secret: string; timeoutMs: number }): Feeds {
  const pool = createServiceClient({ url: opts.poolUrl, secret: opts.secret, service: 'notify', audience: 'pool', timeoutMs: opts.timeoutMs });
  const users = createServiceClient({ url: opts.usersUrl, secret: opts.secret, service: 'notify', audience: 'users', timeoutMs: opts.timeoutMs });
  return {
    async poolEvents(after, limit, requestId) {
      const r = await pool<{ poolEvents: { cursor: string | null; events: RawPoolEvent[] } }>(POOL_EVENTS, { after, limit }, requestId);
      return { cursor: r.poolEvents.cursor, events: r.poolEvents.events.map(poolSourceEvent) };
    },
    async usersEvents(after, limit, requestId) {
      const r = await users<{ usersEvents: { cursor: string | null; events: RawUsersEvent[] } }>(USERS_EVENTS, { after, limit }, requestId);
      return {
        cursor: r.usersEvents.cursor,
        events: r.usersEvents.events.map((e) => ({ position: e.id, eventId: e.eventId, type: e.type, occurredAt: new Date(e.occurredAt), data: objectOf(e.data) })),
      };
    },
    async seatCapacity(requestId) {
      return (await pool<{ seatCapacity: GroupCapacity[] }>(SEAT_CAPACITY, {}, requestId)).seatCapacity;
    },
    async expiringTokens(withinDays, requestId) {
      return (await pool<{ expiringTokens: ExpiringToken[] }>(EXPIRING_TOKENS, { d: withinDays }, requestId)).expiringTokens;
    },
  };
}
