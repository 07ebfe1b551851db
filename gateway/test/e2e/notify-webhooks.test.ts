/**
 * Webhook notifications end to end: the notify subgraph behind the gateway reads pool's and users'
 * events (polled, or pushed over NATS in the last block) and pool's capacity, and POSTs signed
 * deliveries to a local receiver (docs/architecture/EVENTS.md, "Notifications").
 */
import { natsAvailable, pollUntil, startNatsServer, type TestNatsServer } from '@seatpool/kit/testing';
import { startReceiver, verifySignature } from '@seatpool/notify/test/support/harness';
import { codeOf, expectData, graphqlClient, startStack, STACK_BOOT_MS, type AdminClient, type Stack } from './harness';
import { codes, motherGroup, REDEEM } from './users-flows';

jest.setTimeout(180_000);

const E = 'id url eventTypes freeSeatsBelow enabled disabledReason secretHint recentFailures';
const CREATE = `mutation($i: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $i) { secret endpoint { ${E} } } }`;
const DELIVERIES = `query($id: ID) { webhookDeliveries(endpointId: $id, pageSize: 200) { total items { id type status attempts lastStatusCode } } }`;
const CREATE_KEY = `mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { key } }`;

describe('webhook notifications through the gateway', () => {
  let stack: Stack;
  let admin: AdminClient;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  beforeAll(async () => {
    stack = await startStack(
      {},
      { notify: { NOTIFY_POLL_MS: '200', NOTIFY_SEND_INTERVAL_MS: '100', NOTIFY_RETRY_SCHEDULE_MS: '300,300,300' } },
    );
    admin = await stack.admin();
    receiver = await startReceiver();
  }, STACK_BOOT_MS);
  afterAll(async () => {
    await stack?.stop();
    await receiver?.close();
  });

  const deliveries = async (id: string) => (await expectData(admin, DELIVERIES, { id })).webhookDeliveries.items as { id: string; type: string; status: string; attempts: number; lastStatusCode: number | null }[];

  it('sends exactly the subscribed notifications, signed: SEATS_LOW, MOTHER_LOST, JOB_FINISHED', async () => {
    const group = await motherGroup(admin);
    const account = await stack.sandboxAccount(3);
    const m = (await expectData(admin, `mutation($i: CreateMotherInput!) { createMother(input: $i) { id } }`, { i: { name: 'Watched', accessToken: account.accessToken, seatLimit: 3, motherGroupId: group } })).createMother;
    const created = (await expectData(admin, CREATE, { i: { url: receiver.url, eventTypes: ['SEATS_LOW', 'MOTHER_LOST', 'JOB_FINISHED'], freeSeatsBelow: 2 } })).createWebhookEndpoint;
    const { secret, endpoint } = created;
    expect(secret).toMatch(/^whsec_/);
    // Shown once: no later answer holds it.
    const read = await admin(`query($id: ID!) { webhookEndpoint(id: $id) { ${E} } }`, { id: endpoint.id });
    expect(read.data.webhookEndpoint).toEqual(endpoint);
    expect(JSON.stringify(read)).not.toContain(secret.slice(6));

    // Three free seats: fine. Two redeems leave one, below the threshold of 2.
    await stack.notify!.intake.runOnce();
    for (const email of ['first@example.com', 'second@example.com']) {
      const [code] = await codes(admin, { motherGroupId: group });
      expect((await stack.gql(REDEEM, { i: { code, email } })).errors).toBeUndefined();
    }
    await pollUntil(async () => receiver.received.find((r) => JSON.parse(r.body).type === 'seats.low'), { what: 'SEATS_LOW delivered' });

    // The upstream revokes the mother's token; the next account check takes the mother out.
    await fetch(`${stack.sandbox.url}/_sandbox/tokens/revoke`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ accessToken: account.accessToken }) });
    expect(codeOf(await admin(`mutation($i: RefreshMotherTeamsInput!) { refreshMotherTeams(input: $i) { id } }`, { i: { id: m.id } }))).toBe('BAD_USER_INPUT');
    await pollUntil(async () => receiver.received.find((r) => JSON.parse(r.body).type === 'mother.lost'), { what: 'MOTHER_LOST delivered' });

    // A batch job finishes (users' `users.job.finished`).
    const ids = (await expectData(admin, `{ redeemCodes(pageSize: 10) { items { id } } }`)).redeemCodes.items.map((c: { id: string }) => c.id);
    const job = (await expectData(admin, `mutation($i: BulkDisableCodesInput!) { bulkDisableCodes(input: $i) { id } }`, { i: { ids } })).bulkDisableCodes;
    await pollUntil(async () => receiver.received.find((r) => JSON.parse(r.body).type === 'job.finished'), { what: 'JOB_FINISHED delivered' });

    // One more round of everything finds nothing new: exactly these, once each.
    await stack.notify!.intake.runOnce();
    await stack.notify!.sender.runOnce();
    expect(receiver.received.map((r) => JSON.parse(r.body).type)).toEqual(['seats.low', 'mother.lost', 'job.finished']);
    expect(receiver.received.every((r) => verifySignature(secret, r))).toBe(true);
    const lost = JSON.parse(receiver.received[1].body);
    expect(lost.data).toMatchObject({ motherId: m.id, to: 'invalid' });
    expect(JSON.parse(receiver.received[0].body).data).toMatchObject({ free: 1, threshold: 2, group: { kind: 'ALL' } });
    expect(JSON.parse(receiver.received[2].body).data).toEqual({ jobId: job.id, kind: 'DISABLE_CODES', status: 'SUCCEEDED', total: 2, succeeded: 2, failed: 0 });
    expect((await deliveries(endpoint.id)).every((d) => d.status === 'DELIVERED' && d.attempts === 1)).toBe(true);
    expect(receiver.received.map((r) => r.body).join('')).not.toContain('@example.com');
  });

  it('retries a receiver that answers 500 three times and delivers on the fourth attempt, same webhook-id', async () => {
    const flaky = await startReceiver();
    try {
      flaky.script.push(500, 500, 500);
      // Subscribed to nothing this stack makes: only the test notification goes there.
      const { secret, endpoint } = (await expectData(admin, CREATE, { i: { url: flaky.url, eventTypes: ['BREAKER_OPEN'], motherGroupId: 'no-such-group' } })).createWebhookEndpoint;
      const sent = (await expectData(admin, `mutation($id: ID!) { sendTestWebhook(id: $id) { id type status } }`, { id: endpoint.id })).sendTestWebhook;
      expect(sent).toMatchObject({ type: 'TEST', status: 'PENDING' });
      const [d] = await pollUntil(async () => {
        const list = await deliveries(endpoint.id);
        return list[0]?.status === 'DELIVERED' ? list : undefined;
      }, { what: 'TEST delivered after three failures' });
      expect(d).toMatchObject({ id: sent.id, attempts: 4, lastStatusCode: 200 });
      expect(flaky.received.map((r) => r.headers['webhook-id'])).toEqual([sent.id, sent.id, sent.id, sent.id]);
      expect(flaky.received.every((r) => verifySignature(secret, r))).toBe(true);
    } finally {
      await flaky.close();
    }
  });

  it('disables an endpoint that answers 410 Gone', async () => {
    const gone = await startReceiver();
    try {
      gone.script.push(410);
      const { endpoint } = (await expectData(admin, CREATE, { i: { url: gone.url, eventTypes: ['BREAKER_OPEN'], motherGroupId: 'no-such-group' } })).createWebhookEndpoint;
      await expectData(admin, `mutation($id: ID!) { sendTestWebhook(id: $id) { id } }`, { id: endpoint.id });
      const after = await pollUntil(async () => {
        const e = (await expectData(admin, `query($id: ID!) { webhookEndpoint(id: $id) { enabled disabledReason } }`, { id: endpoint.id })).webhookEndpoint;
        return e.enabled ? undefined : e;
      }, { what: 'endpoint disabled' });
      expect(after).toEqual({ enabled: false, disabledReason: 'gone' });
      expect(gone.received).toHaveLength(1);
    } finally {
      await gone.close();
    }
  });

  it('answers bad input with typed errors and enforces the notify scopes', async () => {
    expect(codeOf(await admin(CREATE, { i: { url: 'ftp://example.com/hook' } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await admin(CREATE, { i: { url: 'https://user:pw@example.com/hook' } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await admin(CREATE, { i: { url: receiver.url, freeSeatsBelow: -1 } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await admin(`mutation { redeliverWebhook(id: "msg_unknown") { id } }`))).toBe('NOT_FOUND');
    const keyWith = async (...scopes: string[]) => graphqlClient(stack.gateway.url, (await expectData(admin, CREATE_KEY, { i: { name: `k-${scopes.join('-')}`, scopes } })).createApiKey.key);
    const reader = await keyWith('notify:read');
    const writer = await keyWith('notify:write');
    const poolOnly = await keyWith('pool:read', 'pool:write');
    expect((await reader(`{ webhookEndpoints { total } }`)).data.webhookEndpoints.total).toBeGreaterThan(0);
    expect(codeOf(await reader(CREATE, { i: { url: receiver.url } }))).toBe('FORBIDDEN');
    expect((await writer(CREATE, { i: { url: receiver.url, eventTypes: ['BREAKER_OPEN'], motherGroupId: 'no-such-group' } })).data.createWebhookEndpoint.secret).toMatch(/^whsec_/);
    expect(codeOf(await poolOnly(`{ webhookEndpoints { total } }`))).toBe('FORBIDDEN');
    expect(codeOf(await stack.gql(`{ webhookEndpoints { total } }`))).toBe('UNAUTHENTICATED');
  });
});

(natsAvailable() ? describe : describe.skip)('webhook notifications over NATS (SEATPOOL_NATS_URL)', () => {
  let nats: TestNatsServer;
  let stack: Stack;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  beforeAll(async () => {
    nats = await startNatsServer();
    // The intake round polls no events in this mode; a long interval shows the consumer did the work.
    stack = await startStack({ SEATPOOL_NATS_URL: nats.url }, { notify: { NOTIFY_POLL_MS: '600000', NOTIFY_SEND_INTERVAL_MS: '600000' } });
    receiver = await startReceiver();
  }, STACK_BOOT_MS);
  afterAll(async () => {
    await stack?.stop();
    await receiver?.close();
    await nats?.stop();
  });

  it('a mother lost in pool reaches the receiver through the durable consumer notify, once', async () => {
    const admin = await stack.admin();
    const { secret } = (await expectData(admin, CREATE, { i: { url: receiver.url, eventTypes: ['MOTHER_LOST'] } })).createWebhookEndpoint;
    const account = await stack.sandboxAccount(1);
    const m = (await expectData(admin, `mutation($i: CreateMotherInput!) { createMother(input: $i) { id } }`, { i: { name: 'Lost over NATS', accessToken: account.accessToken } })).createMother;
    await fetch(`${stack.sandbox.url}/_sandbox/tokens/revoke`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ accessToken: account.accessToken }) });
    const t0 = performance.now();
    expect(codeOf(await admin(`mutation($i: RefreshMotherTeamsInput!) { refreshMotherTeams(input: $i) { id } }`, { i: { id: m.id } }))).toBe('BAD_USER_INPUT');
    const r = await pollUntil(async () => receiver.received[0], { what: 'MOTHER_LOST delivered over NATS' });
    console.info(`pool status change → webhook received over NATS: ${Math.round(performance.now() - t0)} ms`);
    expect(JSON.parse(r.body)).toMatchObject({ type: 'mother.lost', data: { motherId: m.id, to: 'invalid' } });
    expect(verifySignature(secret, r)).toBe(true);
    await stack.notify!.sender.runOnce();
    expect(receiver.received).toHaveLength(1);
  });
});
