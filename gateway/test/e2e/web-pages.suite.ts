/**
 * The gateway's web pages: the built console on the API's origin under a strict CSP, long-cached
 * hashed assets, the console's operations known by hash, GraphiQL only in development, and a
 * safelist that can bind browsers while API keys keep the whole schema.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureConsoleBuilt } from '../../../scripts/start/console-build';
import { codeOf, startStack, ADMIN_PASSWORD, type Stack, STACK_BOOT_MS } from './harness';

const CONSOLE = join(__dirname, '../../../console');
const MANIFEST = join(CONSOLE, 'src/gql/persisted-documents.json');
const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, string>;
const hashOf = (operationName: string) => Object.entries(manifest).find(([, body]) => new RegExp(`^(query|mutation) ${operationName}\\b`).test(body))![0];
const sha = (q: string) => createHash('sha256').update(q).digest('hex');

const post = (url: string, body: object, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) }).then(async (r) => ({
    status: r.status,
    ...((await r.json()) as any),
  }));
const byHash = (operationName: string, variables: object) => ({ operationName, variables, extensions: { persistedQuery: { version: 1, sha256Hash: hashOf(operationName) } } });

describe('web pages on the gateway', () => {
  let stack: Stack;
  let base: string;
  beforeAll(async () => {
    ensureConsoleBuilt((line) => process.stdout.write(`${line}\n`));
    stack = await startStack({}, { gateway: { verifyApiKey: async (key) => (key.startsWith('spk_good') ? { keyId: 'k1', scopes: ['pool:read', 'users:read'] } : null) } });
    base = stack.gateway.url.replace(/\/graphql$/, '');
  }, STACK_BOOT_MS);
  afterAll(() => stack?.stop());

  it('serves the public page at / and the console at every /admin/ path, never cached, under a CSP without inline code', async () => {
    for (const [path, title] of [['/', 'Redeem your code'], ['/admin/', 'seatpool console'], ['/admin/mothers', 'seatpool console'], ['/admin/jobs/123?x=1', 'seatpool console']]) {
      const res = await fetch(base + path, { headers: { accept: 'text/html' } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      const csp = res.headers.get('content-security-policy')!;
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("style-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      const html = await res.text();
      expect(html).toContain(`<title>${title}`);
      // Every script is a file: no inline script, no inline style, no style attribute, nothing from elsewhere.
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(html).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i);
      expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    }
    const bare = await fetch(`${base}/admin`, { redirect: 'manual' });
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/admin/');
  });

  it('serves hashed assets for a year (immutable) and answers a missing asset with a JSON 404', async () => {
    const html = await (await fetch(`${base}/admin/`)).text();
    const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
    expect(assets.length).toBeGreaterThan(1);
    for (const a of assets) {
      const res = await fetch(base + a);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    }
    const missing = await fetch(`${base}/assets/nope-123.js`);
    expect(missing.status).toBe(404);
    expect(codeOf((await missing.json()) as any)).toBe('NOT_FOUND');
  });

  it("knows the console's operations by hash without any safelist configured", async () => {
    const res = await post(stack.gateway.url, byHash('AdminLogin', { input: { password: ADMIN_PASSWORD } }));
    expect(res.data.adminLogin.token).toEqual(expect.any(String));
    const unknown = await post(stack.gateway.url, byHash('RedeemStatus', { code: 'ABCD-EFGH-JKMN-PQRS', email: 'a@example.com' }));
    expect(codeOf(unknown)).toBe('CODE_INVALID'); // ran: the hash named a real document
  });

  it('shows GraphiQL at GET /graphql to a browser only when enabled (development), under the same CSP', async () => {
    const html = { accept: 'text/html' };
    // The test stack runs with NODE_ENV=test: off, Apollo's static landing page answers.
    expect(await (await fetch(stack.gateway.url, { headers: html })).text()).toContain('seatpool GraphQL API');
    const dev = await stack.extraGateway({ GATEWAY_GRAPHIQL: 'true' });
    const page = await fetch(dev.url, { headers: html });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).not.toMatch(/unsafe-inline|unsafe-eval/);
    const text = await page.text();
    expect(text).toContain('GraphiQL');
    expect(text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    // JSON clients and GET queries still reach the API.
    expect((await (await fetch(`${dev.url}?query=${encodeURIComponent('{__typename}')}`, { headers: { 'apollo-require-preflight': '1' } })).json())).toEqual({ data: { __typename: 'Query' } });
    const prod = await stack.extraGateway({ NODE_ENV: 'production', SEATPOOL_SIGNING_SECRET: stack.secret });
    expect(await (await fetch(prod.url, { headers: html })).text()).not.toContain('GraphiQL');
  });

  it('with the console manifest as safelist, browsers run only console operations while API keys keep the whole schema', async () => {
    const gw = await stack.extraGateway({ GATEWAY_SAFELIST_FILE: MANIFEST, GATEWAY_SAFELIST_EXEMPT_API_KEYS: 'true' });
    const other = '{ mothers { total } }';
    // A browser: console operations by hash run; any other text, or a hash not in the manifest, is refused.
    expect(codeOf(await post(gw.url, byHash('RedeemStatus', { code: 'ABCD-EFGH-JKMN-PQRS', email: 'a@example.com' })))).toBe('CODE_INVALID');
    const refused = await post(gw.url, { query: other });
    expect(refused.status).toBe(403);
    expect(codeOf(refused)).toBe('FORBIDDEN');
    // An API key runs anything, and may register it by APQ — which a browser still cannot use.
    const key = { authorization: 'Bearer spk_good_0123456789abcdef' };
    const asKey = await post(gw.url, { query: other }, key);
    expect(asKey.data).toEqual({ mothers: { total: 0 } });
    const text = '{ __typename }';
    expect((await post(gw.url, { query: text, extensions: { persistedQuery: { version: 1, sha256Hash: sha(text) } } }, key)).data).toEqual({ __typename: 'Query' });
    expect((await post(gw.url, { extensions: { persistedQuery: { version: 1, sha256Hash: sha(text) } } }, key)).data).toEqual({ __typename: 'Query' });
    const smuggled = await post(gw.url, { extensions: { persistedQuery: { version: 1, sha256Hash: sha(text) } } });
    expect(smuggled.status).toBe(403);
    // A made-up key gains nothing: it is refused before anything runs.
    expect(codeOf(await post(gw.url, { query: text }, { authorization: 'Bearer spk_bogus_0123456789abcdef' }))).toBe('UNAUTHENTICATED');
  });
});
