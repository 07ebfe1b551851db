import { IdentityVerifier, IDENTITY_HEADER, SIGNATURE_HEADER } from '@seatpool/kit';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PlaceEmailInput, Placement, PoolEvent, ReleaseReason } from '../../src/clients/pool.client';

/** A placement, null (unknown key), 'hang' (never answers) or a GraphQL error with that code. */
type Answer = Placement | null | 'hang' | { error: string };
type EventPage = { events: PoolEvent[]; cursor: string | null };

/** Scripted answers of the fake pool. */
export interface FakePoolScript {
  placeEmail: (input: PlaceEmailInput) => Answer | Promise<Answer>;
  placement: (key: string) => Answer | Promise<Answer>;
  abortPlacement: (key: string) => Answer | Promise<Answer>;
  releasePlacement: (input: { idempotencyKey: string; reason: ReleaseReason }) => Answer | Promise<Answer>;
  resendPlacementInvite: (key: string) => Answer | Promise<Answer>;
  /** Answers for a resend key (null: pool never saw it). */
  placementResend: (resendKey: string) => unknown;
  poolEvents: (args: { after: string | null; limit: number }) => EventPage | 'hang' | { error: string } | Promise<EventPage | { error: string }>;
  /** Known mother groups: every id except those starting with `unknown` by default. */
  motherGroupExists: (id: string) => boolean;
}

export interface FakePool {
  url: string;
  script: FakePoolScript;
  calls: { op: keyof FakePoolScript; variables: Record<string, any> }[];
  /** The outbox the default `poolEvents` script serves (ids are 1, 2, 3, …). */
  events: PoolEvent[];
  /** Appends an event to the outbox. */
  emit(event: Partial<Omit<PoolEvent, 'payload'>> & { type: string; payload?: Record<string, unknown> }): PoolEvent;
  /** Requests refused for a missing or bad signature. */
  refused: number;
  close(): Promise<void>;
}

export const placed = (key: string, email: string, extra: Partial<Placement> = {}): Placement => ({
  idempotencyKey: key,
  status: 'PLACED',
  email,
  motherId: 'mother-1',
  teamId: 'team-1',
  teamName: 'Team One',
  alreadyMember: false,
  errorCode: null,
  inviteState: 'PENDING',
  releaseReason: null,
  ...extra,
});

export const withStatus = (key: string, status: Placement['status'], errorCode: string | null = null): Placement => ({
  idempotencyKey: key,
  status,
  email: 'x@example.com',
  motherId: null,
  teamId: null,
  teamName: null,
  alreadyMember: false,
  errorCode,
  inviteState: null,
  releaseReason: null,
});

const rawBody = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => resolve(data));
  });

const OPS = ['placeEmail', 'abortPlacement', 'releasePlacement', 'resendPlacementInvite', 'poolEvents', 'placementResend', 'motherGroupExists', 'placement'] as const;

/** The defaults: nothing known, aborts answer ABORTED, releases RELEASED, resends PLACED, the outbox served by cursor. */
export function defaultScript(pool: Pick<FakePool, 'events'>): FakePoolScript {
  return {
    placeEmail: () => null as never,
    placement: () => null,
    abortPlacement: (key) => withStatus(key, 'ABORTED'),
    releasePlacement: (input) => ({ ...withStatus(input.idempotencyKey, 'RELEASED'), releaseReason: input.reason }),
    resendPlacementInvite: (key) => placed(key, 'x@example.com'),
    placementResend: () => null,
    poolEvents: ({ after, limit }) => {
      const from = after ? pool.events.findIndex((e) => e.id === after) + 1 : 0;
      const events = pool.events.slice(from, from + limit);
      return { events, cursor: events.length ? events[events.length - 1].id : after };
    },
    motherGroupExists: (id) => !id.startsWith('unknown'),
  };
}

/**
 * A stand-in for pool's internal API: checks the signed service identity like a real subgraph and
 * answers each internal operation from the script ('hang' never answers).
 */
export async function startFakePool(secret: string): Promise<FakePool> {
  const verifier = new IdentityVerifier(secret, { audience: 'pool' });
  const pool: FakePool = {
    url: '',
    calls: [],
    events: [],
    refused: 0,
    script: undefined as never,
    emit(event) {
      const full: PoolEvent = {
        id: String(pool.events.length + 1),
        motherId: null,
        teamId: null,
        placementKey: null,
        email: null,
        createdAt: new Date().toISOString(),
        ...event,
        payload: JSON.stringify(event.payload ?? {}),
      };
      pool.events.push(full);
      return full;
    },
    close: async () => undefined,
  };
  pool.script = defaultScript(pool);
  const server: Server = createServer(async (req, res) => {
    const raw = await rawBody(req);
    const identity = await verifier.verify(req.headers[IDENTITY_HEADER] as string, req.headers[SIGNATURE_HEADER] as string, raw);
    const { query, variables } = JSON.parse(raw || '{}');
    const send = (payload: unknown) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(payload));
    };
    if (typeof identity === 'string' || identity.kind !== 'service' || identity.sub !== 'users') {
      pool.refused++;
      return send({ errors: [{ message: 'Authentication is required.', extensions: { code: 'UNAUTHENTICATED' } }] });
    }
    const op = OPS.find((name) => String(query).includes(`${name}(`))!;
    pool.calls.push({ op, variables });
    const arg = op === 'placeEmail' || op === 'releasePlacement' ? variables.input : op === 'poolEvents' ? variables : op === 'placementResend' ? variables.resendKey : op === 'motherGroupExists' ? variables.id : variables.key;
    const answer = await (pool.script[op] as (a: unknown) => unknown)(arg);
    if (answer === 'hang') return; // the connection stays open until the client gives up
    if (answer && typeof answer === 'object' && 'error' in answer) {
      return send({ data: null, errors: [{ message: 'failed', extensions: { code: (answer as { error: string }).error } }] });
    }
    send({ data: { [op]: answer } });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  pool.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  pool.close = async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return pool;
}
