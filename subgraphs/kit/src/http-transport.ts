import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

/** The part of a fetch Response that Apollo's RemoteGraphQLDataSource (and kit's service client) reads. */
export interface HttpResponse {
  ok: boolean;
  status: number;
  statusText: string;
  url: string;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
  json(): Promise<unknown>;
}

export type HttpTransport = (body: string, headers: Record<string, string>) => Promise<HttpResponse>;

// A request that fails this way on a reused keep-alive socket before any answer never reached the
// subgraph (it had closed the idle connection): sent once more. Were it received after all, the
// repeated signature's nonce would be refused as a replay, so nothing runs twice.
const STALE_SOCKET = new Set(['ECONNRESET', 'EPIPE']);

/**
 * POSTs to one service over node:http with a keep-alive agent of its own. The global fetch
 * (undici) costs a Request, a Response, a web stream and an AbortSignal per call: a fifth of the
 * gateway's CPU per request in bench:load's profile, 7 % of users' in a redeem burst. Bounded by
 * `timeoutMs` from the start of the request to the end of the answer. Used by the gateway's
 * subgraph fetches and by kit's service client.
 */
export function createHttpTransport(url: string, timeoutMs: number): HttpTransport {
  const target = new URL(url);
  const https = target.protocol === 'https:';
  // LIFO keeps the busy sockets warm and lets the idle ones time out (the subgraph closes them after 5 s).
  const options = { keepAlive: true, scheduling: 'lifo' as const, noDelay: true };
  const agent = https ? new HttpsAgent(options) : new HttpAgent(options);
  const send = https ? httpsRequest : httpRequest;

  const once = (body: string, headers: Record<string, string>, deadline: number) =>
    new Promise<HttpResponse>((resolve, reject) => {
      const req = send(target, { method: 'POST', agent, headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } });
      const timer = setTimeout(() => req.destroy(Object.assign(new Error(`no answer from ${target.host} in ${timeoutMs} ms`), { code: 'ETIMEDOUT' })), Math.max(0, deadline - Date.now()));
      let answered = false;
      req.once('error', (err) => {
        clearTimeout(timer);
        reject(Object.assign(err, { unsent: req.reusedSocket && !answered }));
      });
      req.once('response', (res: IncomingMessage) => {
        answered = true;
        const chunks: Buffer[] = [];
        let ended = false;
        res.on('data', (c: Buffer) => chunks.push(c));
        res.once('error', (err) => (clearTimeout(timer), reject(err)));
        // Cut mid-answer (the timeout, a reset): a rejection, never a hang (a no-op once settled).
        res.once('close', () => ended || (clearTimeout(timer), reject(Object.assign(new Error(`the answer from ${target.host} was cut off`), { code: 'ECONNRESET' }))));
        res.once('end', () => {
          ended = true;
          clearTimeout(timer);
          const text = Buffer.concat(chunks).toString('utf8');
          const status = res.statusCode ?? 0;
          resolve({
            ok: status >= 200 && status < 300,
            status,
            statusText: res.statusMessage ?? '',
            url,
            headers: { get: (name) => headerValue(res.headers[name.toLowerCase()]) },
            text: async () => text,
            json: async () => JSON.parse(text),
          });
        });
      });
      req.end(body);
    });

  return async (body, headers) => {
    const deadline = Date.now() + timeoutMs;
    try {
      return await once(body, headers, deadline);
    } catch (err) {
      const e = err as NodeJS.ErrnoException & { unsent?: boolean };
      if (e.unsent && STALE_SOCKET.has(e.code ?? '')) return once(body, headers, deadline);
      throw err;
    }
  };
}

function headerValue(v: string | string[] | undefined): string | null {
  if (v === undefined) return null;
  return Array.isArray(v) ? v.join(', ') : v;
}
