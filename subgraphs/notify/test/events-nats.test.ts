/**
 * With SEATPOOL_NATS_URL, events reach notify through the durable consumer `notify`: a real
 * nats-server started here, real SQLite. Skipped, saying so, when nats-server is not on PATH.
 */
import { createLogger, NatsBus, ProcessedEvent, type EventEnvelope } from '@seatpool/kit';
import { natsAvailable, pollUntil, startNatsServer, type TestNatsServer } from '@seatpool/kit/testing';
import { ConsumerCursor, WebhookDelivery } from '../src/entities';
import { startHarness, startReceiver, type Harness } from './support/harness';

const haveNats = natsAvailable();
if (!haveNats) console.warn('SKIPPED: nats-server is not on PATH; the notify-on-NATS test needs it.');

(haveNats ? describe : describe.skip)('notify on NATS (durable consumer notify)', () => {
  let nats: TestNatsServer;
  let h: Harness;
  let bus: NatsBus;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  beforeAll(async () => {
    nats = await startNatsServer();
    receiver = await startReceiver();
    h = await startHarness({ SEATPOOL_NATS_URL: nats.url });
    bus = await NatsBus.connect({ url: nats.url, name: 'notify-test', logger: createLogger('test', 'silent') });
  });
  afterAll(async () => {
    await bus?.close();
    await h?.close();
    await receiver?.close();
    await nats?.stop();
  });

  const envelope = (id: string, type: string, data: Record<string, unknown>): EventEnvelope => ({
    id, type, source: type.split('.')[0], version: 1, occurredAt: new Date().toISOString(), data,
  });

  it('turns pushed pool and users events into deliveries once each, without the polled cursors', async () => {
    const created = await h.gql('admin', `mutation($i: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $i) { endpoint { id } } }`, { i: { url: receiver.url } });
    const endpointId = created.data.createWebhookEndpoint.endpoint.id as string;
    await bus.publish(envelope('pool-1', 'pool.mother.status_changed', { motherId: 'm1', from: 'active', to: 'invalid' }));
    await bus.publish(envelope('pool-2', 'pool.placement.accepted', { placementKey: 'k', email: 'a@example.com' }));
    await bus.publish(envelope('users-1', 'users.job.finished', { jobId: 'j1', kind: 'DISABLE_CODES', status: 'FAILED', total: 1, succeeded: 0, failed: 1 }));
    const em = () => h.notify.orm.em.fork();
    await pollUntil(async () => ((await em().count(ProcessedEvent, { consumer: 'notify' })) === 3 ? true : undefined), { what: 'three events processed' });
    // The same event published again: no second delivery (JetStream's duplicate window drops it; past the window, handleOnce and the delivery's unique key would).
    await bus.publish({ ...envelope('pool-1', 'pool.mother.status_changed', { motherId: 'm1', from: 'active', to: 'invalid' }), occurredAt: new Date(Date.now() + 1).toISOString() });
    await pollUntil(async () => (receiver.received.length === 2 ? true : undefined), { what: 'two deliveries sent' });
    const deliveries = await em().find(WebhookDelivery, { endpointId }, { orderBy: { type: 'asc' } });
    expect(deliveries.map((d) => d.type)).toEqual(['JOB_FAILED', 'MOTHER_LOST']);
    expect(await em().count(ConsumerCursor, {})).toBe(0);
    await h.notify.intake.runOnce(); // the round only checks; it polls no events
    expect(await em().count(ConsumerCursor, {})).toBe(0);
    expect(await em().count(WebhookDelivery, { endpointId })).toBe(2);
  });
});
