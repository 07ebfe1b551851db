import { codeOf, startStack, type Stack, STACK_BOOT_MS } from './harness';

const ALLOWED = 'https://admin.example.com';

describe('browser safety at the gateway', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ GATEWAY_CORS_ORIGINS: `${ALLOWED},http://localhost:5173`, GATEWAY_HSTS_MAX_AGE: '31536000' });
  }, STACK_BOOT_MS);
  afterAll(() => stack?.stop());

  const url = () => stack.gateway.url;
  const getQuery = (query: string, headers: Record<string, string> = {}) =>
    fetch(`${url()}?query=${encodeURIComponent(query)}`, { headers });

  it('refuses a GET query without a preflight-forcing header (CSRF) and runs it with one', async () => {
    const blocked = await getQuery('{ __typename }');
    expect(blocked.status).toBe(400);
    expect(((await blocked.json()) as any).errors[0].message).toMatch(/Cross-Site Request Forgery/);
    const ok = await getQuery('{ __typename }', { 'apollo-require-preflight': 'true' });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('refuses bodies a browser can send without a preflight: text/plain, forms, multipart', async () => {
    const body = JSON.stringify({ query: 'mutation { adminLogout }' });
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const res = await fetch(url(), { method: 'POST', headers: { 'content-type': type }, body });
      expect({ type, status: res.status }).toEqual({ type, status: 415 });
      expect(((await res.json()) as any).errors[0].extensions.code).toBe('BAD_REQUEST');
    }
  });

  it('never runs a mutation sent by GET', async () => {
    const res = await getQuery('mutation { adminLogout }', { 'apollo-require-preflight': 'true' });
    expect(res.status).toBe(405);
  });

  it('answers CORS preflights for allowlisted origins only, without credentials', async () => {
    const preflight = (origin: string) =>
      fetch(url(), { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' } });
    const ok = await preflight(ALLOWED);
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(ok.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    expect(ok.headers.get('access-control-allow-credentials')).toBeNull();
    const evil = await preflight('https://evil.example.com');
    expect(evil.status).toBe(403);
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();

    const simple = await fetch(url(), { method: 'POST', headers: { origin: 'https://evil.example.com', 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    expect(simple.headers.get('access-control-allow-origin')).toBeNull();
    const allowed = await fetch(url(), { method: 'POST', headers: { origin: ALLOWED, 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(allowed.headers.get('vary')).toMatch(/Origin/);
  });

  it('sends the security headers on every answer, errors included', async () => {
    const answers = [
      await fetch(url(), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }),
      await fetch(url(), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":' }),
      await fetch(new URL('/nowhere', url())),
      await fetch(new URL('/healthz', url())),
    ];
    for (const res of answers) {
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
      expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
      expect(res.headers.get('x-powered-by')).toBeNull();
    }
    expect(answers[2].status).toBe(404);
    expect(((await answers[2].json()) as any).errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('outside production serves introspection and a script-free landing page under the strict CSP', async () => {
    const intro = await stack.gql('{ __schema { queryType { name } } }');
    expect(intro.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const page = await fetch(url(), { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('seatpool GraphQL API');
    expect(html).not.toMatch(/<script|<style|<link|https:\/\//i);
    expect(page.headers.get('content-security-policy')).toMatch(/^default-src 'none'/);
  });

  it('in production refuses introspection, hides field suggestions and serves no landing page', async () => {
    const prod = await stack.extraGateway({ NODE_ENV: 'production' });
    const intro = await prod.gql('{ __schema { queryType { name } } }');
    expect(intro.status).toBe(400);
    expect(codeOf(intro)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(intro.errors![0].message).toMatch(/introspection/i);
    const typo = await prod.gql('{ redeemStatu(code: "x", email: "y") { codeStatus } }');
    expect(codeOf(typo)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(typo.errors![0].message).not.toMatch(/Did you mean/);
    const page = await fetch(prod.url, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toContain('seatpool GraphQL API');
    // The typename probe every client uses still works.
    expect((await prod.gql('{ __typename }')).data).toEqual({ __typename: 'Query' });
  });

  it('in production serves introspection only when GATEWAY_INTROSPECTION is on', async () => {
    const prod = await stack.extraGateway({ NODE_ENV: 'production', GATEWAY_INTROSPECTION: 'true' });
    expect((await prod.gql('{ __schema { queryType { name } } }')).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});
