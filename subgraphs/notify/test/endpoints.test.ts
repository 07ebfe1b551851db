import { pollUntil } from '@seatpool/kit/testing';
import { WebhookDelivery } from '../src/entities';
import { startHarness, startReceiver, verifySignature, type Harness } from './support/harness';

const E = 'id url description eventTypes motherGroupId poolGroupId freeSeatsBelow tokenExpiryDays redeemFailuresPerMinute enabled disabledReason secretHint createdAt recentFailures';
const D = 'id type status attempts payload lastStatusCode lastResponse lastAttemptAt nextAttemptAt createdAt deliveredAt endpoint { id }';
const CREATE = `mutation ($i: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $i) { secret endpoint { ${E} } } }`;
const UPDATE = `mutation ($id: ID!, $i: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(id: $id, input: $i) { ${E} } }`;
const TEST = `mutation ($id: ID!) { sendTestWebhook(id: $id) { ${D} } }`;
const DELIVERY = `query ($id: ID!) { webhookDeliveries(endpointId: $id) { total items { ${D} } } }`;
const ENDPOINT = `query ($id: ID!) { webhookEndpoint(id: $id) { ${E} } }`;
const code = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;

describe('notify admin API and sender', () => {
  let h: Harness;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  beforeEach(async () => {
    h = await startHarness();
    receiver = await startReceiver();
  });
  afterEach(async () => {
    await h.close();
    await receiver.close();
  });

  const create = async (input: Record<string, unknown> = {}) => {
    const res = await h.gql('admin', CREATE, { i: { url: receiver.url, ...input } });
    expect(res.errors).toBeUndefined();
    return res.data.createWebhookEndpoint as { secret: string; endpoint: Record<string, any> };
  };
  const deliveries = async (id: string) => (await h.gql('admin', DELIVERY, { id })).data.webhookDeliveries.items as Record<string, any>[];

  it('registers an endpoint with defaults and shows its secret once (whsec_ + base64 of 32 bytes)', async () => {
    const { secret, endpoint } = await create({ description: ' ops ', eventTypes: ['SEATS_LOW', 'SEATS_LOW'] });
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(32);
    expect(endpoint).toMatchObject({ url: receiver.url, description: 'ops', eventTypes: ['SEATS_LOW'], freeSeatsBelow: 10, tokenExpiryDays: 7, redeemFailuresPerMinute: 20, enabled: true, disabledReason: null, secretHint: secret.slice(6, 10), recentFailures: 0 });
    const again = await h.gql('admin', ENDPOINT, { id: endpoint.id });
    expect(JSON.stringify(again)).not.toContain(secret.slice(6));
    expect(h.logs.join('')).not.toContain(secret.slice(6));
    const rotated = (await h.gql('admin', `mutation ($id: ID!) { rotateWebhookSecret(id: $id) { secret endpoint { secretHint } } }`, { id: endpoint.id })).data.rotateWebhookSecret;
    expect(rotated.secret).not.toBe(secret);
    expect(rotated.endpoint.secretHint).toBe(rotated.secret.slice(6, 10));
    const list = (await h.gql('admin', `{ webhookEndpoints(pageSize: 10) { total page pageSize items { id } } }`)).data.webhookEndpoints;
    expect(list).toEqual({ total: 1, page: 1, pageSize: 10, items: [{ id: endpoint.id }] });
  });

  it('answers bad input with typed errors and unknown ids with NOT_FOUND or null', async () => {
    for (const i of [
      { url: 'ftp://example.com/x' },
      { url: 'not a url' },
      { url: 'https://user:pw@example.com/hook' },
      { url: `https://example.com/${'x'.repeat(2000)}` },
      { url: receiver.url, description: 'd'.repeat(201) },
      { url: receiver.url, freeSeatsBelow: 0 },
      { url: receiver.url, tokenExpiryDays: 91 },
      { url: receiver.url, redeemFailuresPerMinute: 100_001 },
      { url: receiver.url, motherGroupId: 'g'.repeat(65) },
    ]) {
      const res = await h.gql('admin', CREATE, { i });
      expect({ i, code: code(res) }).toEqual({ i, code: 'BAD_USER_INPUT' });
      expect(res.errors?.[0].message).not.toMatch(/at .*\.ts/);
    }
    expect(code(await h.gql('admin', CREATE, { i: { url: receiver.url, eventTypes: ['NOPE'] } }))).toBe('BAD_USER_INPUT');
    expect(code(await h.gql('admin', UPDATE, { id: '00000000-0000-4000-8000-000000000000', i: { description: 'x' } }))).toBe('NOT_FOUND');
    expect(code(await h.gql('admin', TEST, { id: 'nope' }))).toBe('NOT_FOUND');
    expect(code(await h.gql('admin', `mutation { redeliverWebhook(id: "msg_nope") { id } }`))).toBe('NOT_FOUND');
    expect((await h.gql('admin', ENDPOINT, { id: 'nope' })).data.webhookEndpoint).toBeNull();
    expect(code(await h.gql('admin', '{ webhookEndpoints(pageSize: 201) { total } }'))).toBe('BAD_USER_INPUT');
  });

  it('changes only the fields given; empty strings clear the group filters', async () => {
    const { endpoint } = await create({ motherGroupId: 'g1', poolGroupId: 'p1', freeSeatsBelow: 5 });
    const updated = (await h.gql('admin', UPDATE, { id: endpoint.id, i: { motherGroupId: '', tokenExpiryDays: 3 } })).data.updateWebhookEndpoint;
    expect(updated).toMatchObject({ motherGroupId: null, poolGroupId: 'p1', freeSeatsBelow: 5, tokenExpiryDays: 3, url: receiver.url });
  });

  it('enforces the notify scopes for API keys and refuses anonymous callers', async () => {
    const { endpoint } = await create();
    const reader = { kind: 'apikey' as const, sub: 'k1', scopes: ['notify:read'] };
    const writer = { kind: 'apikey' as const, sub: 'k2', scopes: ['notify:write'] };
    expect((await h.gql(reader, ENDPOINT, { id: endpoint.id })).data.webhookEndpoint.id).toBe(endpoint.id);
    expect(code(await h.gql(reader, CREATE, { i: { url: receiver.url } }))).toBe('FORBIDDEN');
    expect(code(await h.gql(writer, ENDPOINT, { id: endpoint.id }))).toBe('FORBIDDEN');
    expect((await h.gql(writer, CREATE, { i: { url: receiver.url } })).data.createWebhookEndpoint.secret).toMatch(/^whsec_/);
    expect(code(await h.gql({ kind: 'apikey', sub: 'k3', scopes: ['pool:read', 'stats:read'] }, '{ webhookEndpoints { total } }'))).toBe('FORBIDDEN');
    expect(code(await h.gql('anonymous', '{ webhookEndpoints { total } }'))).toBe('UNAUTHENTICATED');
  });

  it('sends a signed TEST delivery (Standard Webhooks headers, verified by hand)', async () => {
    const { secret, endpoint } = await create({ eventTypes: ['SEATS_LOW'] });
    const sent = (await h.gql('admin', TEST, { id: endpoint.id })).data.sendTestWebhook;
    expect(sent).toMatchObject({ type: 'TEST', status: 'PENDING', attempts: 0, endpoint: { id: endpoint.id } });
    expect(sent.id).toMatch(/^msg_[A-Za-z0-9]+$/);
    await pollUntil(async () => (await deliveries(endpoint.id))[0].status === 'DELIVERED' || undefined);
    expect(receiver.received).toHaveLength(1);
    const [r] = receiver.received;
    expect(r.headers['webhook-id']).toBe(sent.id);
    expect(r.headers['webhook-timestamp']).toBe(String(Math.floor(h.clock.now.getTime() / 1000)));
    expect(r.headers['content-type']).toBe('application/json');
    expect(verifySignature(secret, r)).toBe(true);
    expect(JSON.parse(r.body)).toMatchObject({ type: 'test', timestamp: h.clock.now.toISOString(), data: { endpointId: endpoint.id } });
    const [d] = await deliveries(endpoint.id);
    expect(d).toMatchObject({ status: 'DELIVERED', attempts: 1, lastStatusCode: 200, lastResponse: 'ok', nextAttemptAt: null, payload: r.body });
  });

  it('retries a failing receiver on the schedule with the same webhook-id; the fourth attempt delivers', async () => {
    const { secret, endpoint } = await create();
    receiver.script.push(500, 503, 302);
    const sent = (await h.gql('admin', TEST, { id: endpoint.id })).data.sendTestWebhook;
    await pollUntil(async () => (await deliveries(endpoint.id))[0].attempts === 1 || undefined);
    let [d] = await deliveries(endpoint.id);
    expect(d).toMatchObject({ status: 'PENDING', lastStatusCode: 500, lastResponse: 'receiver says no', nextAttemptAt: new Date(h.clock.now.getTime() + 5_000).toISOString() });
    expect((await h.gql('admin', ENDPOINT, { id: endpoint.id })).data.webhookEndpoint.recentFailures).toBe(1);
    await h.notify.sender.runOnce(); // not due yet
    expect(receiver.received).toHaveLength(1);
    for (const wait of [5_000, 25_000, 120_000]) {
      h.advance(wait);
      await h.notify.sender.runOnce();
    }
    [d] = await deliveries(endpoint.id);
    expect(d).toMatchObject({ status: 'DELIVERED', attempts: 4, lastStatusCode: 200 });
    expect(receiver.received.map((r) => r.headers['webhook-id'])).toEqual([sent.id, sent.id, sent.id, sent.id]);
    expect(receiver.received.every((r) => verifySignature(secret, r))).toBe(true);
    // The redirect (302) was an attempt that failed, not followed.
    expect(receiver.received.map((r) => r.headers.host)).toEqual(Array(4).fill(new URL(receiver.url).host));
    // Redelivery: one more attempt now, same webhook-id.
    const again = (await h.gql('admin', `mutation ($id: ID!) { redeliverWebhook(id: $id) { id status } }`, { id: sent.id })).data.redeliverWebhook;
    expect(again).toEqual({ id: sent.id, status: 'PENDING' });
    await pollUntil(async () => ((await deliveries(endpoint.id))[0].attempts === 5 ? true : undefined));
    expect(receiver.received[4].headers['webhook-id']).toBe(sent.id);
  });

  it('fails a delivery whose schedule is used up and disables an endpoint that never answered 2xx', async () => {
    const { endpoint } = await create();
    receiver.script.push(500, 500, 500, 500);
    await h.gql('admin', TEST, { id: endpoint.id });
    await pollUntil(async () => (await deliveries(endpoint.id))[0].attempts === 1 || undefined);
    for (const wait of [5_000, 25_000, 120_000]) {
      h.advance(wait);
      await h.notify.sender.runOnce();
    }
    expect((await deliveries(endpoint.id))[0]).toMatchObject({ status: 'FAILED', attempts: 4, nextAttemptAt: null });
    expect((await h.gql('admin', ENDPOINT, { id: endpoint.id })).data.webhookEndpoint).toMatchObject({ enabled: false, disabledReason: 'persistent_failure', recentFailures: 1 });
    expect(code(await h.gql('admin', TEST, { id: endpoint.id }))).toBe('CONFLICT');
    const enabled = (await h.gql('admin', `mutation ($id: ID!) { enableWebhookEndpoint(id: $id) { enabled disabledReason } }`, { id: endpoint.id })).data.enableWebhookEndpoint;
    expect(enabled).toEqual({ enabled: true, disabledReason: null });
  });

  it('disables an endpoint at once when it answers 410; its other deliveries wait', async () => {
    const { endpoint } = await create();
    receiver.script.push(410);
    await h.gql('admin', TEST, { id: endpoint.id });
    await pollUntil(async () => ((await h.gql('admin', ENDPOINT, { id: endpoint.id })).data.webhookEndpoint.enabled === false ? true : undefined));
    expect((await h.gql('admin', ENDPOINT, { id: endpoint.id })).data.webhookEndpoint.disabledReason).toBe('gone');
    expect((await deliveries(endpoint.id))[0]).toMatchObject({ status: 'FAILED', lastStatusCode: 410, attempts: 1 });
    expect((await h.gql('admin', `mutation ($id: ID!) { deleteWebhookEndpoint(id: $id) }`, { id: endpoint.id })).data.deleteWebhookEndpoint).toBe(true);
    expect((await h.gql('admin', `mutation ($id: ID!) { deleteWebhookEndpoint(id: $id) }`, { id: endpoint.id })).data.deleteWebhookEndpoint).toBe(false);
  });

  it('a failing endpoint gets one attempt per round and never holds up another endpoint or a disabled one\'s backlog', async () => {
    const down = await create();
    const off = await create();
    const up = await create();
    await h.gql('admin', `mutation ($id: ID!) { disableWebhookEndpoint(id: $id) { enabled } }`, { id: off.endpoint.id });
    // More waiting deliveries than one batch of the sender, first in line: a disabled endpoint's and a dead one's.
    const em = h.notify.orm.em.fork();
    const rows = (endpointId: string, n: number) =>
      Array.from({ length: n }, (_, i) => ({ id: `msg_${endpointId.slice(0, 8)}${i}`, endpointId, sourceKey: `k${i}`, type: 'TEST', payload: '{}', status: 'PENDING' as const, attempts: 0, nextAttemptAt: new Date(h.clock.now.getTime() - 60_000), createdAt: h.clock.now }));
    await em.insertMany(WebhookDelivery, [...rows(off.endpoint.id, 60), ...rows(down.endpoint.id, 60)]);
    await h.gql('admin', `mutation ($id: ID!) { updateWebhookEndpoint(id: $id, input: { url: "http://127.0.0.1:1/dead" }) { id } }`, { id: down.endpoint.id });
    await h.gql('admin', TEST, { id: up.endpoint.id });
    await pollUntil(async () => ((await deliveries(up.endpoint.id))[0].status === 'DELIVERED' ? true : undefined));
    await h.notify.sender.runOnce();
    expect(await em.count(WebhookDelivery, { endpointId: down.endpoint.id, attempts: { $gt: 0 } })).toBeLessThanOrEqual(2); // the kick's round and this one
    expect(await em.count(WebhookDelivery, { endpointId: off.endpoint.id, attempts: { $gt: 0 } })).toBe(0);
  });

  it('records a connection failure without the URL', async () => {
    await receiver.close();
    const { endpoint } = await create({ url: `${receiver.url}?token=supersecret` });
    await h.gql('admin', TEST, { id: endpoint.id });
    const [d] = await pollUntil(async () => {
      const list = await deliveries(endpoint.id);
      return list[0].attempts === 1 ? list : undefined;
    });
    expect(d).toMatchObject({ status: 'PENDING', lastStatusCode: null });
    expect(d.lastResponse).toMatch(/^connection failed/);
    expect(d.lastResponse).not.toContain('supersecret');
    receiver = await startReceiver(); // afterEach closes it
  });
});
