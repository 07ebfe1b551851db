import { WebhookDelivery } from '../src/entities';
import { hysteresis } from '../src/services/checks.service';
import { startHarness, startReceiver, type Harness } from './support/harness';

const CREATE = `mutation ($i: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $i) { endpoint { id } } }`;

describe('notify intake: events, capacity and token checks become deliveries', () => {
  let h: Harness;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  beforeEach(async () => {
    // Deliveries are looked at in the database here; the receiver takes whatever is sent.
    h = await startHarness();
    receiver = await startReceiver();
  });
  afterEach(async () => {
    await h.close();
    await receiver.close();
  });

  const endpoint = async (input: Record<string, unknown> = {}) => {
    const res = await h.gql('admin', CREATE, { i: { url: receiver.url, ...input } });
    expect(res.errors).toBeUndefined();
    return res.data.createWebhookEndpoint.endpoint.id as string;
  };
  const made = async (endpointId: string) =>
    (await h.notify.orm.em.fork().find(WebhookDelivery, { endpointId }, { orderBy: { createdAt: 'asc', sourceKey: 'asc' } })).map((d) => ({ ...JSON.parse(d.payload), kind: d.type }));
  const types = async (endpointId: string) => (await made(endpointId)).map((d) => d.kind);

  it('maps pool and users events to notifications, once per endpoint and event, by type and group filter', async () => {
    const all = await endpoint();
    const lostOnly = await endpoint({ eventTypes: ['MOTHER_LOST'] });
    const groupA = await endpoint({ eventTypes: ['MOTHER_LOST', 'JOB_FINISHED', 'BREAKER_OPEN'], motherGroupId: 'A' });
    h.feeds.add('pool', 'mother.status_changed', { motherId: 'm1', from: 'active', to: 'invalid', reason: 'token_rejected' });
    h.feeds.add('pool', 'pool.mother.status_changed', { motherId: 'm2', motherGroupId: 'A', from: 'ACTIVE', to: 'INVALID' });
    h.feeds.add('pool', 'mother.status_changed', { motherId: 'm3', from: 'active', to: 'disabled', reason: 'disabled_by_operator' });
    h.feeds.add('pool', 'team.lost', { motherId: 'm4', teamId: 't4', reason: 'workspace_gone' });
    h.feeds.add('pool', 'team.lost', { motherId: 'm5', teamId: 't5', reason: 'mother_deleted' });
    h.feeds.add('pool', 'placement.accepted', { placementKey: 'k', email: 'buyer@example.com' });
    h.feeds.add('pool', 'pool.mother.breaker_changed', { motherId: 'm1', state: 'open' });
    h.feeds.add('pool', 'pool.mother.breaker_changed', { motherId: 'm1', state: 'closed' });
    h.feeds.add('users', 'users.job.finished', { jobId: 'j1', kind: 'RESEND', status: 'SUCCEEDED', total: 2, succeeded: 2, failed: 0 });
    h.feeds.add('users', 'users.job.finished', { jobId: 'j2', kind: 'RESEND', status: 'PARTIALLY_FAILED', total: 2, succeeded: 1, failed: 1 });
    h.feeds.add('users', 'users.code.redeemed', { codeId: 'c1', email: 'x@example.com' });
    await h.notify.intake.runOnce();
    expect(await types(all)).toEqual(['MOTHER_LOST', 'MOTHER_LOST', 'MOTHER_LOST', 'BREAKER_OPEN', 'JOB_FINISHED', 'JOB_FAILED']);
    expect(await types(lostOnly)).toEqual(['MOTHER_LOST', 'MOTHER_LOST', 'MOTHER_LOST']);
    // A group filter passes only notifications about that group; jobs are about no group.
    expect(await types(groupA)).toEqual(['MOTHER_LOST', 'JOB_FINISHED']);
    const bodies = await made(all);
    expect(bodies[0]).toMatchObject({ type: 'mother.lost', data: { motherId: 'm1', from: 'active', to: 'invalid', reason: 'token_rejected', cause: 'status_changed' } });
    expect(bodies[4]).toMatchObject({ type: 'job.finished', data: { jobId: 'j1', status: 'SUCCEEDED' } });
    expect(JSON.stringify(bodies)).not.toContain('@example.com');
    // Read again from the start (a lost cursor): nothing new.
    await h.notify.orm.em.fork().getConnection().execute('delete from consumer_cursor');
    await h.notify.intake.runOnce();
    expect(await types(all)).toHaveLength(6);
  });

  it('SEATS_LOW below the threshold, SEATS_RECOVERED only at threshold + hysteresis, per endpoint and group', async () => {
    expect([hysteresis(1), hysteresis(5), hysteresis(10), hysteresis(11)]).toEqual([1, 1, 2, 3]);
    const any = await endpoint({ eventTypes: ['SEATS_LOW', 'SEATS_RECOVERED'], freeSeatsBelow: 10 });
    const groupG = await endpoint({ eventTypes: ['SEATS_LOW'], motherGroupId: 'G', freeSeatsBelow: 3 });
    const seen: string[] = [];
    for (const [all, g] of [[12, 5], [9, 2], [10, 2], [11, 1], [8, 5], [12, 5], [9, 2]]) {
      h.feeds.capacity = [
        { kind: 'ALL', id: null, name: null, free: all, total: 40 },
        { kind: 'MOTHER_GROUP', id: 'G', name: 'Gold', free: g, total: 10 },
      ];
      await h.notify.intake.runOnce();
      seen.push(`${all}:${(await types(any)).join(',')}`);
    }
    expect(seen).toEqual([
      '12:',
      '9:SEATS_LOW',
      '10:SEATS_LOW',
      '11:SEATS_LOW',
      '8:SEATS_LOW',
      '12:SEATS_LOW,SEATS_RECOVERED',
      '9:SEATS_LOW,SEATS_RECOVERED,SEATS_LOW',
    ]);
    expect(await types(groupG)).toEqual(['SEATS_LOW', 'SEATS_LOW']); // 2 < 3, recovered silently at 5, low again at 2
    expect((await made(any))[0]).toMatchObject({ type: 'seats.low', data: { group: { kind: 'ALL', id: null }, free: 9, total: 40, threshold: 10, recoverAt: 12 } });
    expect((await made(groupG))[0]).toMatchObject({ data: { group: { kind: 'MOTHER_GROUP', id: 'G', name: 'Gold' }, free: 2 } });
  });

  it('TOKEN_EXPIRING once per mother and expiry, within each endpoint’s days', async () => {
    const week = await endpoint({ eventTypes: ['TOKEN_EXPIRING'] });
    const twoDays = await endpoint({ eventTypes: ['TOKEN_EXPIRING'], tokenExpiryDays: 2 });
    const day = 86_400_000;
    const at = (days: number) => new Date(h.clock.now.getTime() + days * day).toISOString();
    h.feeds.tokens = [
      { motherId: 'm1', motherName: 'One', motherGroupId: null, poolGroupId: null, expiresAt: at(1.5) },
      { motherId: 'm2', motherName: 'Two', motherGroupId: null, poolGroupId: null, expiresAt: at(5) },
    ];
    await h.notify.intake.runOnce();
    await h.notify.intake.runOnce();
    expect((await made(week)).map((d) => d.data.motherId)).toEqual(['m1', 'm2']);
    expect((await made(twoDays)).map((d) => d.data.motherId)).toEqual(['m1']);
    expect((await made(week))[0]).toMatchObject({ type: 'token.expiring', data: { motherName: 'One', expiresAt: at(1.5), daysLeft: 1 } });
    // A renewed token that expires again later is a new expiry.
    h.advance(1_000);
    h.feeds.tokens[0] = { ...h.feeds.tokens[0], expiresAt: at(6) };
    await h.notify.intake.runOnce();
    expect((await made(week)).map((d) => d.data.motherId)).toEqual(['m1', 'm2', 'm1']);
  });

  it('REDEEM_FAILURES_HIGH when failures in a sliding minute exceed the limit; re-armed below half', async () => {
    const ep = await endpoint({ eventTypes: ['REDEEM_FAILURES_HIGH'], redeemFailuresPerMinute: 4 });
    const t0 = h.clock.now.getTime();
    const fail = (offsetMs: number) => h.feeds.add('users', 'users.redeem.failed', { reason: 'NO_CAPACITY' }, new Date(t0 + offsetMs));
    for (const off of [0, 10_000, 20_000, 30_000]) fail(off);
    await h.notify.intake.runOnce();
    expect(await types(ep)).toEqual([]); // 4 is not more than 4
    fail(40_000);
    fail(50_000);
    await h.notify.intake.runOnce();
    expect(await types(ep)).toEqual(['REDEEM_FAILURES_HIGH']); // once, though the 6th also exceeded
    expect((await made(ep))[0]).toMatchObject({ type: 'redeem.failures_high', data: { failuresInLastMinute: 5, threshold: 4, lastReason: 'NO_CAPACITY' } });
    // Still high a little later: no second notification; much later the rate fell, the next burst fires again.
    h.clock.now = new Date(t0 + 5 * 60_000);
    await h.notify.intake.runOnce();
    for (const off of [300_000, 300_001, 300_002, 300_003, 300_004]) fail(off);
    await h.notify.intake.runOnce();
    expect(await types(ep)).toEqual(['REDEEM_FAILURES_HIGH', 'REDEEM_FAILURES_HIGH']);
  });
});
