import { createLogger, signIdentity, type Identity } from '@seatpool/kit';
import { throwawayDatabase } from '@seatpool/kit/testing';
import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { startNotify, type RunningNotify } from '../../src/app';
import { poolSourceEvent, type EventPage, type ExpiringToken, type Feeds, type GroupCapacity, type SourceEvent } from '../../src/services/feeds';

export const SECRET = 'notify-test-signing-secret-0123456789abcdef';

type Who = Identity['kind'] | Pick<Identity, 'kind' | 'sub' | 'scopes'>;
export interface GqlResult<T = any> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string; detail?: string } }[];
}

/** Feeds the test controls: events appended to arrays, capacity and tokens set directly. */
export class FakeFeeds implements Feeds {
  pool: SourceEvent[] = [];
  users: SourceEvent[] = [];
  capacity: GroupCapacity[] = [];
  tokens: ExpiringToken[] = [];
  private page(list: SourceEvent[], after: string | null, limit: number): EventPage {
    const from = after === null ? 0 : list.findIndex((e) => e.position === after) + 1;
    const events = list.slice(from, from + limit);
    return { events, cursor: events.length ? events[events.length - 1].position : null };
  }
  poolEvents = async (after: string | null, limit: number) => this.page(this.pool, after, limit);
  usersEvents = async (after: string | null, limit: number) => this.page(this.users, after, limit);
  seatCapacity = async () => this.capacity;
  expiringTokens = async () => this.tokens;
  add(source: 'pool' | 'users', type: string, data: Record<string, unknown>, at = new Date()) {
    const list = source === 'pool' ? this.pool : this.users;
    const position = String(list.length + 1);
    // Pool's events go through the real normalization (the outbox type gains `pool.`, data is JSON text).
    if (source === 'pool') list.push(poolSourceEvent({ id: position, eventId: `pool-${position}`, type, data: JSON.stringify(data), createdAt: at.toISOString() }));
    else list.push({ position, eventId: `${source}-${position}`, type, occurredAt: at, data });
  }
}

export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A local webhook receiver: records every request and answers with the next scripted status (200 when none is left). */
export async function startReceiver() {
  const received: Received[] = [];
  const script: number[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.statusCode = script.shift() ?? 200;
      res.end(res.statusCode >= 300 ? 'receiver says no' : 'ok');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  return { url, received, script, close: () => new Promise<void>((r) => server.close(() => r())) };
}

/** The Standard Webhooks check, by hand from the spec: v1 HMAC-SHA256 of `id.timestamp.body` keyed by the bytes after `whsec_`. */
export function verifySignature(secret: string, r: Received): boolean {
  const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
  const expected = createHmac('sha256', key).update(`${r.headers['webhook-id']}.${r.headers['webhook-timestamp']}.${r.body}`).digest('base64');
  return String(r.headers['webhook-signature']).split(' ').includes(`v1,${expected}`);
}

/**
 * A notify subgraph on a temp data dir with fake feeds, an injected clock and a shrunk retry schedule.
 * With NOTIFY_DATABASE_URL set, each harness gets its own scratch PostgreSQL database there.
 */
export async function startHarness(env: Record<string, string> = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'notify-test-'));
  const logs: string[] = [];
  const logger = createLogger('notify', 'debug', new Writable({ write: (chunk, _enc, done) => void (logs.push(String(chunk)), done()) }));
  const pg = process.env.NOTIFY_DATABASE_URL ? await throwawayDatabase(process.env.NOTIFY_DATABASE_URL, 'notify') : undefined;
  const feeds = new FakeFeeds();
  const clock = { now: new Date('2026-12-03T08:00:00.000Z') };
  const notify: RunningNotify = await startNotify(
    {
      APOLLO_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'test',
      NOTIFY_PORT: '0',
      SEATPOOL_DATA_DIR: dataDir,
      SEATPOOL_SIGNING_SECRET: SECRET,
      // The loops only run when a test asks (runOnce) or a new delivery wakes the sender.
      NOTIFY_POLL_MS: '3600000',
      NOTIFY_SEND_INTERVAL_MS: '600000',
      NOTIFY_RETRY_SCHEDULE_MS: '5000,25000,120000',
      ...(pg ? { NOTIFY_DATABASE_URL: pg.url } : {}),
      ...env,
    },
    { logger, feeds, now: () => clock.now },
  );
  async function gql<T = any>(who: Who, query: string, variables: Record<string, unknown> = {}): Promise<GqlResult<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    const body = JSON.stringify({ query, variables });
    const identity = typeof who === 'object' ? who : { kind: who, sub: `${who}-test`, scopes: [] };
    Object.assign(headers, signIdentity(SECRET, { ...identity, rid: 'test-request-id' }, { audience: 'notify', body }));
    const res = await fetch(notify.url, { method: 'POST', headers, body });
    return (await res.json()) as GqlResult<T>;
  }
  return {
    notify,
    feeds,
    clock,
    logs,
    gql,
    advance(ms: number) {
      clock.now = new Date(clock.now.getTime() + ms);
    },
    async close() {
      await notify.close();
      rmSync(dataDir, { recursive: true, force: true });
      await pg?.drop();
    },
  };
}
export type Harness = Awaited<ReturnType<typeof startHarness>>;
