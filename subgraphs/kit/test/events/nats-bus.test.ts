import { jetstreamManager } from '@nats-io/jetstream';
import { defineEntity, p, type EntityManager } from '@mikro-orm/core';
import { commonConfigSchema, parseConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { createOrm, type Orm } from '../../src/orm';
import { EVENT_STREAM, LazyNatsBus, NatsBus, subjectMatches, handleOnce, OutboxRelay, ProcessedEvent, parseEnvelope, subjectFor, type EventEnvelope, type OutboxRow } from '../../src/events';
import { natsAvailable, startNatsServer, type TestNatsServer } from '../../src/nats-server';
import { pollUntil } from '../../src/poll-until';

const logger = createLogger('kit-events-test', 'silent');
const haveNats = natsAvailable();
if (!haveNats) console.warn('SKIPPED: nats-server is not on PATH; the NATS event tests need it (apt-get install nats-server).');
const describeNats = haveNats ? describe : describe.skip;

/** An effect the handler writes, so "exactly once" is counted in the consumer's own table. */
const Effect = defineEntity({ name: 'Effect', tableName: 'effect', properties: { id: p.integer().primary().autoincrement(), eventId: p.string() } });

const envelope = (n: number): EventEnvelope => ({
  id: `test-${n}`,
  type: 'test.thing.happened',
  source: 'test',
  version: 1,
  occurredAt: new Date(Date.UTC(2026, 11, 3, 0, 0, n)).toISOString(),
  data: { n },
});

/** An outbox in memory: the relay contract without a database. */
function memoryOutbox() {
  const rows: { rowId: number; envelope: EventEnvelope; published: boolean }[] = [];
  return {
    rows,
    add(n: number) {
      rows.push({ rowId: n, envelope: envelope(n), published: false });
    },
    fetchUnpublished: async (limit: number): Promise<OutboxRow[]> => rows.filter((r) => !r.published).slice(0, limit).map(({ rowId, envelope }) => ({ rowId, envelope })),
    markPublished: async (ids: number[]) => rows.forEach((r) => ids.includes(r.rowId) && (r.published = true)),
  };
}

/** Messages stored under `subject` (a wildcard filter). */
async function streamMessages(url: string, subject: string) {
  const bus = await NatsBus.connect({ url, name: 'probe', logger });
  try {
    const jsm = await jetstreamManager(bus.connection);
    const info = await jsm.streams.info(EVENT_STREAM, { subjects_filter: subject });
    return Object.values(info.state.subjects ?? {}).reduce((a, b) => a + b, 0);
  } finally {
    await bus.close();
  }
}

describe('SEATPOOL_NATS_URL', () => {
  it('is optional (the polled mode) and must be nats:// or tls:// URLs', () => {
    expect(parseConfig(commonConfigSchema, {}).SEATPOOL_NATS_URL).toBeUndefined();
    expect(parseConfig(commonConfigSchema, { SEATPOOL_NATS_URL: '' }).SEATPOOL_NATS_URL).toBeUndefined();
    expect(parseConfig(commonConfigSchema, { SEATPOOL_NATS_URL: 'nats://a:4222,tls://b:4222' }).SEATPOOL_NATS_URL).toBe('nats://a:4222,tls://b:4222');
    expect(() => parseConfig(commonConfigSchema, { SEATPOOL_NATS_URL: 'http://a:4222' })).toThrow(/SEATPOOL_NATS_URL: must be nats:\/\/ or tls:\/\//);
  });
});

describe('subject matching', () => {
  it('follows NATS wildcards', () => {
    expect(subjectMatches('seatpool.pool.>', 'seatpool.pool.team.lost')).toBe(true);
    expect(subjectMatches('seatpool.pool.>', 'seatpool.pool')).toBe(false);
    expect(subjectMatches('seatpool.*.team.lost', 'seatpool.pool.team.lost')).toBe(true);
    expect(subjectMatches('seatpool.users.>', 'seatpool.pool.team.lost')).toBe(false);
    expect(subjectMatches('seatpool.pool.team.lost', 'seatpool.pool.team.lost')).toBe(true);
    expect(subjectMatches('seatpool.pool.team', 'seatpool.pool.team.lost')).toBe(false);
  });
});

describe('event envelope', () => {
  it('maps a type to its subject and rejects malformed envelopes without echoing data', () => {
    expect(subjectFor('pool.mother.status_changed')).toBe('seatpool.pool.mother.status_changed');
    expect(parseEnvelope(JSON.stringify(envelope(1))).id).toBe('test-1');
    expect(() => parseEnvelope('{')).toThrow('event is not JSON');
    const bad = { ...envelope(1), id: 'other-1', occurredAt: 'yesterday', data: { email: 'a@b.example' } };
    expect(() => parseEnvelope(bad)).toThrow(/occurredAt/);
    expect(() => parseEnvelope(bad)).not.toThrow(/a@b\.example/);
  });
});

describeNats('NATS JetStream bus (real nats-server)', () => {
  let nats: TestNatsServer;
  let orm: Orm;
  beforeAll(async () => {
    nats = await startNatsServer();
    orm = await createOrm({ domain: 'kit', entities: [ProcessedEvent, Effect], migrations: [], dataDir: ':memory:' });
    await orm.schema.createSchema();
  });
  afterAll(async () => {
    await orm?.close(true);
    await nats?.stop();
  });

  it('stores a re-published envelope id once (duplicate window)', async () => {
    const bus = await NatsBus.connect({ url: nats.url, name: 'dup', logger });
    try {
      const e = { ...envelope(1), type: 'test.dup.once' };
      const first = await bus.publish(e);
      const again = await bus.publish(e);
      expect(first.duplicate).toBe(false);
      expect(again.duplicate).toBe(true);
      expect(again.seq).toBe(first.seq);
      expect(await streamMessages(nats.url, 'seatpool.test.dup.>')).toBe(1);
    } finally {
      await bus.close();
    }
  });

  it('processes every event exactly once when the consumer dies mid-stream without acking', async () => {
    const M = 20;
    const N = 7;
    const type = 'test.crash.happened';
    const producer = await NatsBus.connect({ url: nats.url, name: 'producer', logger });
    for (let n = 1; n <= M; n++) await producer.publish({ ...envelope(100 + n), type });
    await producer.close();

    const apply = (em: EntityManager, e: EventEnvelope) => handleOnce(em, e, 'crashy', (tx) => tx.insert(Effect, { eventId: e.id }).then(() => undefined));
    // First consumer: applies N events, then its connection dies before the N-th ack.
    const first = await NatsBus.connect({ url: nats.url, name: 'crashy-1', logger });
    let seen = 0;
    let dead = false;
    const died = new Promise<void>((resolve) => {
      void first.consume({ durable: 'crashy', filterSubjects: ['seatpool.test.crash.>'], ackWaitMs: 1_000 }, async (e) => {
        if (dead) throw new Error('process is dead'); // messages already buffered in the client
        await apply(orm.em.fork(), e);
        if (++seen === N) {
          dead = true;
          await first.connection.close(); // no ack reaches the server
          resolve();
          throw new Error('connection gone');
        }
      });
    });
    await died;
    await first.close();
    expect(await orm.em.fork().count(Effect, { eventId: { $like: 'test-1__' } })).toBe(N);

    // The restarted consumer gets the unacked N-th again (after ack_wait) and the rest.
    const second = await NatsBus.connect({ url: nats.url, name: 'crashy-2', logger });
    let redelivered = 0;
    await second.consume({ durable: 'crashy', filterSubjects: ['seatpool.test.crash.>'], ackWaitMs: 1_000 }, async (e, meta) => {
      if (meta.redelivered) redelivered++;
      await apply(orm.em.fork(), e);
    });
    await pollUntil(async () => (await orm.em.fork().count(ProcessedEvent, { consumer: 'crashy' })) === M, { what: `${M} processed events` });
    await pollUntil(async () => {
      const jsm = await jetstreamManager(second.connection);
      const info = await jsm.consumers.info(EVENT_STREAM, 'crashy');
      return info.num_ack_pending === 0 && info.num_pending === 0;
    }, { what: 'every event acked' });
    await second.close();
    expect(redelivered).toBeGreaterThanOrEqual(1);
    expect(await orm.em.fork().count(Effect, { eventId: { $like: 'test-1__' } })).toBe(M);
  });

  it('applies events in stream order: a failed event is retried before any later one', async () => {
    const bus = await NatsBus.connect({ url: nats.url, name: 'ordered', logger });
    try {
      for (let n = 301; n <= 305; n++) await bus.publish({ ...envelope(n), type: 'test.order.kept' });
      const seen: string[] = [];
      let failed = false;
      const sub = await bus.consume({ durable: 'ordered', filterSubjects: ['seatpool.test.order.>'], nakDelayMs: 100 }, async (e) => {
        seen.push(e.id);
        if (e.id === 'test-302' && !failed) {
          failed = true;
          throw new Error('transient');
        }
      });
      await pollUntil(() => seen.length === 6, { what: 'five events, one of them twice' });
      await sub.stop();
      expect(seen).toEqual(['test-301', 'test-302', 'test-302', 'test-303', 'test-304', 'test-305']);
    } finally {
      await bus.close();
    }
  });

  it('consumes several subjects on one durable (server-side on NATS ≥ 2.10, filtered by the client before)', async () => {
    const bus = await NatsBus.connect({ url: nats.url, name: 'multi', logger });
    try {
      await bus.publish({ ...envelope(601), type: 'test.multia.x' });
      await bus.publish({ ...envelope(602), type: 'test.multic.x' });
      await bus.publish({ ...envelope(603), type: 'test.multib.x' });
      const seen: string[] = [];
      const sub = await bus.consume({ durable: 'multi', filterSubjects: ['seatpool.test.multia.>', 'seatpool.test.multib.>'] }, async (e) => void seen.push(e.id));
      await pollUntil(() => seen.length === 2, { what: 'the two wanted events' });
      await bus.publish({ ...envelope(604), type: 'test.multia.x' });
      await pollUntil(() => seen.length === 3, { what: 'a later wanted event' });
      await sub.stop();
      expect(seen).toEqual(['test-601', 'test-603', 'test-604']);
    } finally {
      await bus.close();
    }
  });

  it('reopens a consumer whose durable was deleted under it (at least once; handleOnce dedupes)', async () => {
    const bus = await NatsBus.connect({ url: nats.url, name: 'reopen', logger });
    try {
      await bus.publish({ ...envelope(401), type: 'test.reopen.first' });
      const seen: string[] = [];
      const sub = await bus.consume({ durable: 'reopen', filterSubjects: ['seatpool.test.reopen.>'] }, async (e) => void seen.push(e.id));
      await pollUntil(() => seen.includes('test-401'), { what: 'the first event' });
      const jsm = await jetstreamManager(bus.connection);
      await jsm.consumers.delete(EVENT_STREAM, 'reopen');
      await bus.publish({ ...envelope(402), type: 'test.reopen.second' });
      await pollUntil(() => seen.includes('test-402'), { what: 'the event after the consumer was recreated', timeoutMs: 30_000 });
      await sub.stop();
    } finally {
      await bus.close();
    }
  });

  it('keeps rows unpublished while NATS is down and catches up, in order, when it returns', async () => {
    const outbox = memoryOutbox();
    const bus = await NatsBus.connect({ url: nats.url, name: 'relay', logger, publishTimeoutMs: 1_000 });
    const published: string[] = [];
    const relay = new OutboxRelay({
      name: 'test-outbox', logger, fetchUnpublished: outbox.fetchUnpublished, markPublished: outbox.markPublished,
      publish: async (e) => (await bus.publish(e), published.push(e.id)), intervalMs: 50, minBackoffMs: 50, maxBackoffMs: 500,
    }).start();
    try {
      for (let n = 201; n <= 205; n++) outbox.add(n);
      relay.nudge();
      await pollUntil(() => outbox.rows.every((r) => r.published), { what: 'first rows published' });

      await nats.kill();
      for (let n = 206; n <= 215; n++) outbox.add(n);
      relay.nudge();
      await pollUntil(() => relay.outage, { what: 'the relay noticing the outage' });
      expect(outbox.rows.filter((r) => !r.published)).toHaveLength(10);

      await nats.restart();
      await pollUntil(() => outbox.rows.every((r) => r.published), { what: 'catch-up after restart', timeoutMs: 60_000 });
      expect(relay.outage).toBe(false);
    } finally {
      await relay.stop();
      await bus.close();
    }
    expect(await streamMessages(nats.url, 'seatpool.test.thing.>')).toBe(15);
    // Order kept: the first publish of each id comes in id order.
    const firsts = [...new Set(published)];
    expect(firsts).toEqual(outbox.rows.map((r) => r.envelope.id));
  });

  it('starts while NATS is down (lazy connection) and publishes once it is up', async () => {
    await nats.kill();
    const outbox = memoryOutbox();
    const bus = new LazyNatsBus({ url: nats.url, name: 'late', logger });
    const relay = new OutboxRelay({
      name: 'late-outbox', logger, fetchUnpublished: outbox.fetchUnpublished, markPublished: outbox.markPublished,
      publish: async (e) => (await bus.get()).publish(e), intervalMs: 50, minBackoffMs: 50, maxBackoffMs: 500,
    }).start();
    try {
      for (let n = 501; n <= 503; n++) outbox.add(n);
      await pollUntil(() => relay.outage, { what: 'the relay failing to connect' });
      expect(outbox.rows.some((r) => r.published)).toBe(false);
      await nats.restart();
      await pollUntil(() => outbox.rows.every((r) => r.published), { what: 'published after NATS came up', timeoutMs: 60_000 });
    } finally {
      await relay.stop();
      await bus.close();
    }
    expect(await streamMessages(nats.url, 'seatpool.test.thing.>')).toBe(18);
  });
});
