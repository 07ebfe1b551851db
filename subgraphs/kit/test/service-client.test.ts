/**
 * kit's service client against a real loopback server: data comes back, a signed identity goes
 * with each call, and each failure has its kind (the redeem saga leaves a code reserved only on
 * `timeout`/`network`, whose outcome is unknown).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServiceClient, ServiceCallError } from '../src/service-client';

let server: Server;
let url: string;
const seen: Record<string, string | string[] | undefined>[] = [];

beforeAll(async () => {
  server = createServer(async (req, res) => {
    let body = '';
    for await (const c of req) body += c;
    seen.push(req.headers);
    const { query } = JSON.parse(body) as { query: string };
    if (query.includes('silent')) return; // never answers
    if (query.includes('broken')) return void res.writeHead(500, { 'content-type': 'text/plain' }).end('oops');
    if (query.includes('refused')) return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: 'no', extensions: { code: 'NO_CAPACITY' } }] }));
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { echo: query } }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(() => new Promise<void>((r) => (server.closeAllConnections(), server.close(() => r()))));

const client = (target = url, timeoutMs = 2_000) => createServiceClient({ url: target, secret: 's'.repeat(32), service: 'users', audience: 'pool', timeoutMs });
const failure = (p: Promise<unknown>) => p.then(() => { throw new Error('expected a failure'); }, (err: unknown) => err as ServiceCallError);

describe('service client', () => {
  it('answers the data and signs each call for its audience', async () => {
    expect(await client()('{ hello }', {}, 'rid-1')).toEqual({ echo: '{ hello }' });
    const headers = seen[seen.length - 1];
    expect(headers['x-request-id']).toBe('rid-1');
    expect(Object.keys(headers).some((h) => h.startsWith('x-seatpool-'))).toBe(true);
  });

  it('tells a timeout, an unreachable service, an HTTP error and a GraphQL error apart', async () => {
    const timeout = await failure(client(url, 200)('{ silent }', {}, 'rid'));
    expect(timeout).toBeInstanceOf(ServiceCallError);
    expect(timeout.kind).toBe('timeout');
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    expect((await failure(client(`http://127.0.0.1:${port}/graphql`)('{ x }', {}, 'rid'))).kind).toBe('network');
    expect((await failure(client()('{ broken }', {}, 'rid'))).kind).toBe('http');
    const refused = await failure(client()('{ refused }', {}, 'rid'));
    expect([refused.kind, refused.code]).toEqual(['graphql', 'NO_CAPACITY']);
  });
});
