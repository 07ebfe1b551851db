import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHttpTransport } from '../src/http-transport';

/** A real HTTP server on loopback; `handle` answers each request. */
async function serve(handle: (req: IncomingMessage, res: ServerResponse, body: string) => void) {
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    handle(req, res, Buffer.concat(chunks).toString('utf8'));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return { server, url, close: () => new Promise<void>((r) => (server.closeAllConnections(), server.close(() => r()))) };
}

describe('http transport', () => {
  it('posts the exact body and headers and reads the answer, over one kept-alive connection', async () => {
    const sockets = new Set<unknown>();
    const s = await serve((req, res, body) => {
      sockets.add(req.socket);
      res.writeHead(200, { 'content-type': 'application/json', 'x-seen': String(req.headers['x-request-id']) });
      res.end(JSON.stringify({ data: { echo: body } }));
    });
    try {
      const send = createHttpTransport(s.url, 5_000);
      for (let i = 0; i < 3; i++) {
        const res = await send('{"query":"{ a }"}', { 'content-type': 'application/json', 'x-request-id': `r${i}` });
        expect(res).toMatchObject({ ok: true, status: 200 });
        expect(res.headers.get('Content-Type')).toBe('application/json');
        expect(res.headers.get('x-seen')).toBe(`r${i}`);
        expect(await res.json()).toEqual({ data: { echo: '{"query":"{ a }"}' } });
      }
      expect(sockets.size).toBe(1);
    } finally {
      await s.close();
    }
  });

  it('answers an error status as not ok, with its body', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(503, { 'content-type': 'text/plain' });
      res.end('busy');
    });
    try {
      const res = await createHttpTransport(s.url, 5_000)('{}', {});
      expect(res).toMatchObject({ ok: false, status: 503 });
      expect(await res.text()).toBe('busy');
    } finally {
      await s.close();
    }
  });

  it('fails a subgraph that does not answer within the timeout instead of waiting', async () => {
    const s = await serve(() => undefined); // never answers
    try {
      await expect(createHttpTransport(s.url, 300)('{}', {})).rejects.toMatchObject({ code: 'ETIMEDOUT' });
    } finally {
      await s.close();
    }
  });

  it('sends once more on a fresh connection when a kept-alive one is reset before any answer', async () => {
    let received = 0;
    const s = await serve((req, res) => {
      // The second request finds its (reused) connection torn down, as when the subgraph's
      // keep-alive timeout closes it at that moment.
      if (++received === 2) return void req.socket.destroy();
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"data":{}}');
    });
    try {
      const send = createHttpTransport(s.url, 5_000);
      expect((await send('{}', {})).ok).toBe(true);
      expect((await send('{}', {})).ok).toBe(true);
      expect(received).toBe(3);
    } finally {
      await s.close();
    }
  });
});
