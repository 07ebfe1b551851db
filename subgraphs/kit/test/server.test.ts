import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { AppError } from '../src/errors';
import { signIdentity } from '../src/identity';
import { createLogger } from '../src/logger';
import { createRegistry } from '../src/metrics';
import { startSubgraph, type RunningSubgraph } from '../src/server';
import { requireAdmin, type BaseContext } from '../src/context';

const AUDIENCE = 'test';
const secret = 's'.repeat(40);
const sdl = `
extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
type Query { hello: String! secretThing: String! boom: String! used: String! }
`;

describe('a kit subgraph over HTTP', () => {
  let sub: RunningSubgraph;
  const logs: string[] = [];
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kit-'));
    writeFileSync(join(dir, 'test.graphql'), sdl);
    sub = await startSubgraph({
      name: 'test',
      schemaFile: join(dir, 'test.graphql'),
      resolvers: {
        Query: {
          hello: () => 'hi',
          secretThing: (_: unknown, __: unknown, ctx: BaseContext) => (requireAdmin(ctx), 'admin only'),
          boom: () => { throw new Error('connection string postgres://u:hunter2@db'); },
          used: () => { throw new AppError('CODE_USED'); },
        },
      } as any,
      signingSecret: secret,
      logger: createLogger('test', 'info', new Writable({ write(c, _e, cb) { logs.push(String(c)); cb(); } })),
      registry: createRegistry('test'),
      context: (base) => base,
      port: 0,
      host: '127.0.0.1',
    });
  });
  afterAll(() => sub.close());

  const post = (query: string, headers: Record<string, string> = {}) =>
    fetch(sub.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
  /** Headers signed for `query` sent to this subgraph (the signature is bound to both). */
  const signed = (kind: 'anonymous' | 'admin', query: string, audience = AUDIENCE) =>
    signIdentity(secret, { kind, sub: kind === 'admin' ? 'sess' : '', scopes: [], rid: 'r-00000001' }, { audience, body: JSON.stringify({ query }) });

  it('refuses a request without a signed identity with UNAUTHENTICATED', async () => {
    const res = await post('{ hello }');
    expect(res.status).toBe(401);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a replayed signature', async () => {
    const headers = signed('anonymous', '{ hello }');
    expect(((await (await post('{ hello }', headers)).json()) as any).data.hello).toBe('hi');
    const replay = (await (await post('{ hello }', headers)).json()) as any;
    expect(replay.errors[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'replayed' });
  });

  it('checks admin operations against the identity kind', async () => {
    expect(((await (await post('{ secretThing }', signed('anonymous', '{ secretThing }'))).json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(((await (await post('{ secretThing }', signed('admin', '{ secretThing }'))).json()) as any).data.secretThing).toBe('admin only');
  });

  it('masks unexpected errors, keeps business codes, logs with the request id', async () => {
    const res = await post('{ boom }', { ...signed('anonymous', '{ boom }'), 'x-request-id': 'trace-0000-1111' });
    const body = (await res.json()) as any;
    expect(body.errors[0]).toMatchObject({ message: 'An internal error occurred.', extensions: { code: 'INTERNAL', requestId: 'trace-0000-1111' } });
    expect(JSON.stringify(body)).not.toContain('hunter2');
    expect(logs.join('')).toContain('trace-0000-1111');
    const used = (await (await post('{ used }', { ...signed('anonymous', '{ used }'), 'accept-language': 'zh' })).json()) as any;
    expect(used.errors[0]).toMatchObject({ message: '该兑换码已被使用。', extensions: { code: 'CODE_USED' } });
  });

  it('serves health, readiness and metrics', async () => {
    const origin = new URL(sub.url).origin;
    expect((await fetch(`${origin}/healthz`)).status).toBe(200);
    expect((await fetch(`${origin}/readyz`)).status).toBe(200);
    const text = await (await fetch(`${origin}/metrics`)).text();
    expect(text).toMatch(/seatpool_graphql_operations_total\{[^}]*operation="anonymous"/);
  });

  it('answers bad requests with JSON errors, never a page or a stack', async () => {
    const origin = new URL(sub.url).origin;
    const notJson = await fetch(sub.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'trace-2222-3333' }, body: '{"query": ' });
    expect(notJson.status).toBe(400);
    expect(notJson.headers.get('x-request-id')).toBe('trace-2222-3333');
    expect(((await notJson.json()) as any).errors[0].extensions.code).toBe('BAD_REQUEST');
    const big = await fetch(sub.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ hello } #${'x'.repeat(1024 * 1024)}` }) });
    expect(big.status).toBe(413);
    expect(((await big.json()) as any).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    const missing = await fetch(`${origin}/nowhere`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as any).errors[0].extensions.code).toBe('NOT_FOUND');
    const text = await fetch(sub.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{ hello }' });
    expect(text.status).toBe(400);
    // A signed request still works on the same connection afterwards.
    expect(((await (await post('{ hello }', signed('anonymous', '{ hello }'))).json()) as any).data.hello).toBe('hi');
  });
});
