import { codeOf, startStack, type Stack, STACK_BOOT_MS } from './harness';

const post = (url: string, body: string, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('query limits at the gateway', () => {
  let stack: Stack;
  beforeAll(async () => {
    // Small limits (each is configurable) so each test document stays readable.
    stack = await startStack({
      GATEWAY_MAX_DEPTH: '3',
      GATEWAY_MAX_ALIASES: '3',
      GATEWAY_MAX_COST: '20',
      GATEWAY_MAX_TOKENS: '120',
      GATEWAY_MAX_DIRECTIVES: '3',
      GATEWAY_MAX_BODY_BYTES: '4096',
    });
  }, STACK_BOOT_MS);
  afterAll(() => stack?.stop());

  const limitOf = (r: { errors?: { extensions?: Record<string, any> }[] }) => r.errors?.[0]?.extensions?.limit;

  it('runs a document inside every limit', async () => {
    const admin = await stack.admin();
    const res = await admin(`query($id: ID!) { mother(id: $id) { id teams { teamId } } }`, { id: 'none' });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ mother: null });
  });

  it('refuses depth, aliases, cost, tokens and directives, each with its own limit name', async () => {
    const cases: [string, string][] = [
      ['depth', `{ redeemCode(code: "x") { mother { teams { teamId } } } }`],
      ['aliases', `{ a: __typename b: __typename c: mother(id: "1") { id } d: mother(id: "2") { id } e: mother(id: "3") { id } f: mother(id: "4") { id } }`],
      ['cost', `{ mother(id: "x") { id name status seatLimit seatsFree seatsUsed seatsHeld teams { teamId isEnabled isDefault } seats { status email teamId } } }`],
      ['tokens', `{ ${Array.from({ length: 40 }, (_, i) => `f${i}: __typename`).join(' ')} }`],
      ['directives', `{ __typename @skip(if: false) @include(if: true) @skip(if: false) @include(if: true) }`],
    ];
    for (const [limit, query] of cases) {
      const res = await stack.gql(query);
      expect({ limit, code: codeOf(res), got: limitOf(res), status: res.status }).toEqual({ limit, code: 'BAD_USER_INPUT', got: limit, status: 400 });
      expect(res.errors![0].extensions!.requestId).toEqual(expect.any(String));
    }
  });

  it('answers a body larger than GATEWAY_MAX_BODY_BYTES with 413 before parsing it', async () => {
    const res = await post(stack.gateway.url, JSON.stringify({ query: `{ __typename }`, variables: { pad: 'x'.repeat(5000) } }));
    expect(res.status).toBe(413);
    const body: any = await res.json();
    expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'body', requestId: expect.any(String) });
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers malformed JSON and a missing query with BAD_REQUEST, never a 500', async () => {
    const bad = await post(stack.gateway.url, '{"query": "{ __typename }"');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as any).errors[0].extensions.code).toBe('BAD_REQUEST');
    const empty = await post(stack.gateway.url, '{}');
    expect(empty.status).toBe(400);
    const notString = await post(stack.gateway.url, '{"query": 42}');
    expect(notString.status).toBe(400);
    expect(((await notString.json()) as any).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('localizes limit errors like every other error', async () => {
    const res = await stack.gql(`{ __typename @skip(if: false) @skip(if: false) @skip(if: false) @skip(if: false) }`, {}, { 'accept-language': 'zh-CN' });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toMatch(/^输入无效/);
  });
});
