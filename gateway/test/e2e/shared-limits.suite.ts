import { createHash, randomBytes } from 'node:crypto';
import { codeOf, startStack, type Stack, STACK_BOOT_MS } from './harness';

const LOGIN = `mutation($i: AdminLoginInput!) { adminLogin(input: $i) { token } }`;
const wrongLogin = (gw: { gql: Stack['gql'] }) => gw.gql(LOGIN, { i: { password: 'not-the-password-2' } });
const redisUrl = process.env.REDIS_URL;

describe('rate limits when Redis is configured but down', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  }, STACK_BOOT_MS);
  afterAll(() => stack?.stop());

  it('keeps answering and limits on this replica, and says so in /readyz and the log', async () => {
    const gw = await stack.extraGateway({ REDIS_URL: 'redis://127.0.0.1:1/0', GATEWAY_LOGIN_RATE_PER_5MIN: '2' });
    expect(codeOf(await wrongLogin(gw))).toBe('UNAUTHENTICATED');
    expect(codeOf(await wrongLogin(gw))).toBe('UNAUTHENTICATED');
    expect(codeOf(await wrongLogin(gw))).toBe('RATE_LIMITED');
    const ready = (await (await fetch(new URL('/readyz', gw.url))).json()) as any;
    expect(ready).toMatchObject({ ok: true, redis: false });
    expect(stack.logs.join('')).toMatch(/redis not reachable at start/);
  });
});

(redisUrl ? describe : describe.skip)(
  redisUrl ? 'two gateway replicas on one Redis' : 'two gateway replicas on one Redis (skipped: set REDIS_URL)',
  () => {
    let stack: Stack;
    beforeAll(async () => {
      stack = await startStack({ REDIS_URL: redisUrl, GATEWAY_REDIS_PREFIX: `seatpool:test:${randomBytes(6).toString('hex')}:` });
    }, STACK_BOOT_MS);
    afterAll(() => stack?.stop());

    it('spend one rate-limit budget', async () => {
      const a = await stack.extraGateway({ GATEWAY_LOGIN_RATE_PER_5MIN: '3' });
      const b = await stack.extraGateway({ GATEWAY_LOGIN_RATE_PER_5MIN: '3' });
      expect(codeOf(await wrongLogin(a))).toBe('UNAUTHENTICATED');
      expect(codeOf(await wrongLogin(b))).toBe('UNAUTHENTICATED');
      expect(codeOf(await wrongLogin(a))).toBe('UNAUTHENTICATED');
      const limited = await wrongLogin(b);
      expect(codeOf(limited)).toBe('RATE_LIMITED');
      expect(limited.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(200); // the 5-minute window, seen by both
      expect(codeOf(await wrongLogin(a))).toBe('RATE_LIMITED');
    });

    it('share persisted queries: registered through one, served by hash through the other', async () => {
      const a = await stack.extraGateway();
      const b = await stack.extraGateway();
      const query = `query Shared${randomBytes(4).toString('hex')} { __typename }`;
      const hash = createHash('sha256').update(query).digest('hex');
      const send = (url: string, withText: boolean) =>
        fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ ...(withText ? { query } : {}), extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
        }).then((r) => r.json() as Promise<any>);
      expect((await send(a.url, true)).data).toEqual({ __typename: 'Query' });
      expect((await send(b.url, false)).data).toEqual({ __typename: 'Query' });
    });
  },
);
