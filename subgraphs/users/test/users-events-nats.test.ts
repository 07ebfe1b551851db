/**
 * With SEATPOOL_NATS_URL users' outbox reaches JetStream: a real nats-server started here, the
 * users service on SQLite, a redeem through its API. Skipped, saying so, without nats-server.
 */
import { createLogger, NatsBus, type EventEnvelope, type Subscription } from '@seatpool/kit';
import { natsAvailable, pollUntil, startNatsServer, type TestNatsServer } from '@seatpool/kit/testing';
import { validateEventData } from '../../../schema/events-check';
import { UsersOutboxEvent } from '../src/entities';
import type { FakePool } from './support/fake-pool';
import { newCode, placeOnMothers, REDEEM } from './support/flows';
import { codeOf, type Caller, type UsersHarness } from './support/harness';
import { withFakePool } from './support/with-fake-pool';

const haveNats = natsAvailable();
if (!haveNats) console.warn('SKIPPED: nats-server is not on PATH; the users-events-on-NATS test needs it (apt-get install nats-server).');

(haveNats ? describe : describe.skip)('users events on NATS', () => {
  let nats: TestNatsServer;
  let probe: NatsBus;
  let subscription: Subscription;
  const seen: EventEnvelope[] = [];
  const env: NodeJS.ProcessEnv = {};
  beforeAll(async () => {
    nats = await startNatsServer();
    env.SEATPOOL_NATS_URL = nats.url;
    probe = await NatsBus.connect({ url: nats.url, name: 'users-events-probe', logger: createLogger('probe', 'silent') });
    subscription = await probe.consume({ durable: 'users-events-probe', filterSubjects: ['seatpool.users.>'] }, async (event) => void seen.push(event));
  });

  let pool: FakePool;
  let h: UsersHarness;
  let admin: Caller;
  withFakePool(env, (s) => ({ pool, h, admin } = s));

  afterAll(async () => {
    await subscription?.stop();
    await probe?.close();
    await nats?.stop();
  });

  const em = () => h.users.orm.em.fork();
  const copies = (id: string) => seen.filter((e) => e.id === id).length;

  it('a redeem lands on seatpool.users.code.redeemed once, even when the relay publishes it again', async () => {
    const code = await newCode(h, admin);
    expect((await h.gql(REDEEM, { c: code, e: 'nats@example.com' })).data.redeem.status).toBe('INVITE_SENT');
    const row = await pollUntil(() => em().findOne(UsersOutboxEvent, { type: 'users.code.redeemed', publishedAt: { $ne: null } }), { what: 'users.code.redeemed published' });
    const event = await pollUntil(() => seen.find((e) => e.id === `users-${row.id}`), { what: 'users.code.redeemed on the stream' });
    expect(event).toMatchObject({ type: 'users.code.redeemed', source: 'users', version: 1, occurredAt: row.createdAt.toISOString(), data: row.payload });
    expect(validateEventData(event.type, event.version, event.data)).toEqual([]);

    // The relay died between JetStream's ack and marking the row: it publishes the row again.
    await em().nativeUpdate(UsersOutboxEvent, { id: row.id }, { publishedAt: null });
    await pollUntil(async () => (await em().findOneOrFail(UsersOutboxEvent, { id: row.id })).publishedAt, { what: 'the row published again' });
    // A later event arrives behind anything the re-publish could have stored (the stream keeps order).
    placeOnMothers(pool, { full: () => true });
    expect(codeOf(await h.gql(REDEEM, { c: await newCode(h, admin), e: 'later@example.com' }))).toBe('NO_CAPACITY');
    const later = await pollUntil(() => em().findOne(UsersOutboxEvent, { type: 'users.redeem.failed', publishedAt: { $ne: null } }), { what: 'users.redeem.failed published' });
    await pollUntil(() => copies(`users-${later.id}`) === 1, { what: 'users.redeem.failed on the stream' });
    expect(copies(`users-${row.id}`)).toBe(1);
    expect(seen.map((e) => e.type)).toEqual(['users.code.redeemed', 'users.redeem.failed']);
  });
});
