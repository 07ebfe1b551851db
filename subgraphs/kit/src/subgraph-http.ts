/**
 * A subgraph's HTTP door on plain node:http: `/graphql` (JSON bodies up to a limit, handed to
 * Apollo with the raw bytes kept for the identity's body hash), `/healthz`, `/readyz`, `/metrics`,
 * and JSON errors for everything else.
 *
 * Why not express: a subgraph is only ever called by the gateway and by other services, with one
 * route that matters. Express's router, body-parser, content negotiation and ETag cost a few
 * percent of each service's CPU per request in a redeem burst (every redeem crosses users and
 * pool), for features nobody calls here.
 */
import { HeaderMap, type ApolloServer, type BaseContext as ApolloContext } from '@apollo/server';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { requestIdFrom } from './request-id';

export interface SubgraphHttpOptions<Ctx extends ApolloContext> {
  apollo: ApolloServer<Ctx>;
  /** Largest accepted `/graphql` body, bytes. */
  maxBodyBytes: number;
  /** Builds the operation's context; `rawBody` is the request body exactly as received. */
  context: (req: IncomingMessage, rawBody: Buffer) => Promise<Ctx>;
  /** GET routes besides /graphql (health, readiness, metrics). */
  routes: Record<string, (res: ServerResponse) => Promise<void> | void>;
  /** An unexpected failure outside Apollo (answered 500 INTERNAL, without detail). */
  onError: (err: unknown) => void;
}

/** Writes a JSON answer with a status. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function sendError(res: ServerResponse, status: number, code: string, message: string): void {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] });
}

class BodyError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

/** The whole body, refused past `limit` bytes (by its declared length at once, else while reading). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (declared > limit) return Promise.reject(new BodyError(413, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${limit} bytes.`));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new BodyError(413, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${limit} bytes.`));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.once('end', () => resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)));
    req.once('error', reject);
  });
}

const isJson = (contentType: string | undefined) => !!contentType && /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(contentType);

/** The parsed body Apollo expects: the JSON value for a JSON POST, nothing otherwise (Apollo then answers 400). */
function parseBody(req: IncomingMessage, raw: Buffer): unknown {
  if (!isJson(req.headers['content-type'])) return undefined;
  const encoding = req.headers['content-encoding'];
  if (encoding && encoding !== 'identity') throw new BodyError(415, 'UNSUPPORTED_MEDIA_TYPE', `Content encoding "${encoding.slice(0, 40)}" is not accepted.`);
  if (raw.length === 0) return {};
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    throw new BodyError(400, 'BAD_REQUEST', 'The request body is not valid JSON.');
  }
}

async function graphql<Ctx extends ApolloContext>(opts: SubgraphHttpOptions<Ctx>, req: IncomingMessage, res: ServerResponse, search: string): Promise<void> {
  const raw = req.method === 'POST' ? await readBody(req, opts.maxBodyBytes) : Buffer.alloc(0);
  const body = req.method === 'POST' ? parseBody(req, raw) : undefined;
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  const answer = await opts.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? 'GET', headers, search, body },
    context: () => opts.context(req, raw),
  });
  for (const [key, value] of answer.headers) res.setHeader(key, value);
  res.statusCode = answer.status ?? 200;
  if (answer.body.kind === 'complete') {
    res.setHeader('content-length', Buffer.byteLength(answer.body.string));
    res.end(answer.body.string);
    return;
  }
  for await (const chunk of answer.body.asyncIterator) res.write(chunk);
  res.end();
}

/** The request listener of a subgraph's HTTP server. */
export function subgraphHttpHandler<Ctx extends ApolloContext>(opts: SubgraphHttpOptions<Ctx>): RequestListener {
  return (req, res) => {
    const requestId = requestIdFrom(req.headers['x-request-id']);
    req.headers['x-request-id'] = requestId;
    res.setHeader('x-request-id', requestId);
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const path = q < 0 ? url : url.slice(0, q);
    const search = q < 0 ? '' : url.slice(q);
    let work: Promise<void> | void;
    if (path === '/graphql' || path === '/graphql/') work = graphql(opts, req, res, search);
    else if (req.method === 'GET' && opts.routes[path]) work = opts.routes[path](res);
    else return sendError(res, 404, 'NOT_FOUND', `Nothing at ${req.method} ${path.slice(0, 100)}.`);
    Promise.resolve(work).catch((err: unknown) => {
      if (res.headersSent) return void (opts.onError(err), res.destroy());
      if (err instanceof BodyError) return sendError(res, err.status, err.code, err.message);
      opts.onError(err);
      sendError(res, 500, 'INTERNAL', 'An internal error occurred.');
    });
  };
}
