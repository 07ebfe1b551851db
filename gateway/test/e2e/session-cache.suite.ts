import { pollUntil } from '@seatpool/kit/testing';
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { codeOf, graphqlClient, startStack, type Stack, STACK_BOOT_MS } from './harness';

const ME = '{ adminMe { sessionId } }';
const redisUrl = process.env.REDIS_URL;

/** Forwards to users and counts the gateway's verifySession calls. */
async function countingProxy(target: string) {
  const counter = { verifies: 0 };
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    if (body.includes('verifySession')) counter.verifies++;
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => !['host', 'content-length', 'connection'].includes(k))) as Record<string, string>;
    const upstream = await fetch(target, { method: 'POST', headers, body });
    res.writeHead(upstream.status, { 'content-type': 'application/json' });
    res.end(Buffer.from(await upstream.arrayBuffer()));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, counter, close: () => new Promise((r) => server.close(r)) };
}

describe('admin sessions at the gateway', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  }, STACK_BOOT_MS);
  afterAll(() => stack?.stop());

  it('does not ask users on every request, and a logout through the gateway is refused at once', async () => {
    const proxy = await countingProxy(stack.users.url);
    try {
      const gw = await stack.extraGateway({ GATEWAY_USERS_URL: proxy.url });
      const admin = await stack.admin();
      const client = graphqlClient(gw.url, admin.token);
      const started = Date.now();
      for (let i = 0; i < 30; i++) expect((await client(ME)).errors).toBeUndefined();
      const seconds = Math.ceil((Date.now() - started) / 1000);
      // At most one users call per half second of cache (the renewal ahead of expiry), not 30.
      expect(proxy.counter.verifies).toBeLessThanOrEqual(2 * seconds + 1);

      expect((await client('mutation { adminLogout }')).errors).toBeUndefined();
      expect(codeOf(await client(ME))).toBe('UNAUTHENTICATED');
    } finally {
      await proxy.close();
    }
  });

  // That the refusal comes within GATEWAY_SESSION_CACHE_MS is SessionCache's unit test (an injected clock).
  it('refuses a session revoked elsewhere (straight in users) once its cache entry expires', async () => {
    const gw = await stack.extraGateway();
    const victim = await stack.admin();
    const client = graphqlClient(gw.url, victim.token);
    const { sessionId } = (await client(ME)).data.adminMe;
    // Revoked through the stack's other gateway: this one hears nothing without Redis.
    const operator = await stack.admin();
    expect((await operator(`mutation($id: ID!) { revokeAdminSession(input: { sessionId: $id }) { active } }`, { id: sessionId })).errors).toBeUndefined();
    await pollUntil(async () => codeOf(await client(ME)) === 'UNAUTHENTICATED', { what: 'the revoked session refused' });
  });
});

(redisUrl ? describe : describe.skip)(
  redisUrl ? 'admin sessions on two gateways on one Redis' : 'admin sessions on two gateways on one Redis (skipped: set REDIS_URL)',
  () => {
    let stack: Stack;
    beforeAll(async () => {
      stack = await startStack({ REDIS_URL: redisUrl, GATEWAY_REDIS_PREFIX: `seatpool:test:${randomBytes(6).toString('hex')}:` });
    }, STACK_BOOT_MS);
    afterAll(() => stack?.stop());

    it('a revocation through one replica is refused by every replica within 1 s', async () => {
      const a = await stack.extraGateway();
      const b = await stack.extraGateway();
      const victim = await stack.admin();
      const onA = graphqlClient(a.url, victim.token);
      const onB = graphqlClient(b.url, victim.token);
      const { sessionId } = (await onA(ME)).data.adminMe;
      expect((await onB(ME)).errors).toBeUndefined(); // cached on both replicas now
      const operator = graphqlClient(a.url, (await stack.admin()).token);
      expect((await operator(`mutation($id: ID!) { revokeAdminSession(input: { sessionId: $id }) { active } }`, { id: sessionId })).errors).toBeUndefined();
      // b cached the session moments ago: only the pushed revocation can make it refuse at once.
      expect(codeOf(await onB(ME))).toBe('UNAUTHENTICATED');
      expect(codeOf(await onA(ME))).toBe('UNAUTHENTICATED');

      // A logout through b reaches a's cache too.
      const second = await stack.admin();
      const secondOnA = graphqlClient(a.url, second.token);
      expect((await secondOnA(ME)).errors).toBeUndefined();
      expect((await graphqlClient(b.url, second.token)('mutation { adminLogout }')).errors).toBeUndefined();
      expect(codeOf(await secondOnA(ME))).toBe('UNAUTHENTICATED');
    });
  },
);
