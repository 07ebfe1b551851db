import { startStack, type Stack, STACK_BOOT_MS } from './harness';

// A subgraph the gateway cannot reach is a temporary outage for the caller (UPSTREAM_UNAVAILABLE,
// with a clear message), never a masked INTERNAL error.
describe('a subgraph that does not answer', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  }, STACK_BOOT_MS);
  afterAll(() => stack?.stop());

  it('answers UPSTREAM_UNAVAILABLE while pool is down, and works again once it is back', async () => {
    const admin = await stack.admin();
    const query = '{ mothers { total } }';
    expect((await admin(query)).data.mothers.total).toBe(0);
    await stack.pool.close();
    const down = await admin(query);
    expect(down.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(down.errors?.[0]?.message).toMatch(/pool service is unavailable/);
    await stack.restartPool();
    expect((await admin(query)).data.mothers.total).toBe(0);
  });
});
