/**
 * Deleting an endpoint while a notification is being written for it leaves nothing behind: the
 * notification holds the endpoint row (live-endpoints.ts) and the delete removes that row first,
 * so it waits and then also removes what the notification wrote. A delivery left without its
 * endpoint used to make the whole deliveries list answer NOT_FOUND (seen in CI's PostgreSQL pass).
 * PostgreSQL only: SQLite runs one write transaction at a time, so the two cannot interleave.
 */
import { sqlQuery } from '@seatpool/kit';
import { pollUntil } from '@seatpool/kit/testing';
import { WebhookDelivery } from '../src/entities';
import { liveEndpoints } from '../src/services/live-endpoints';
import { startHarness, type Harness } from './support/harness';

const onPostgres = process.env.NOTIFY_DATABASE_URL ? describe : describe.skip;

onPostgres('an endpoint deleted during a notification (PostgreSQL)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it('waits for the notification, then deletes its delivery too', async () => {
    const created = await h.gql('admin', 'mutation { createWebhookEndpoint(input: { url: "https://hooks.example.com/race" }) { endpoint { id } } }');
    const id = created.data.createWebhookEndpoint.endpoint.id as string;
    const em = h.notify.orm.em.fork();
    let deleting: Promise<unknown> | undefined;
    await em.transactional(async (tx) => {
      expect([...(await liveEndpoints(tx, [id]))]).toEqual([id]);
      // The delete starts now and must wait for this transaction's hold on the endpoint row.
      deleting = h.gql('admin', 'mutation ($id: ID!) { deleteWebhookEndpoint(id: $id) }', { id });
      await pollUntil(async () => {
        const [row] = await sqlQuery<{ n: number }>(h.notify.orm.em.fork(), `select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`);
        return row.n > 0;
      }, { what: 'the delete waiting for the endpoint row' });
      tx.create(WebhookDelivery, {
        id: 'msg_race', endpointId: id, sourceKey: 'race', type: 'TEST', payload: '{}', status: 'PENDING', attempts: 0,
        nextAttemptAt: new Date(), createdAt: new Date(),
      });
    });
    expect(((await deleting) as { data: unknown }).data).toEqual({ deleteWebhookEndpoint: true });
    expect(await h.notify.orm.em.fork().count(WebhookDelivery, { endpointId: id })).toBe(0);
  });
});
