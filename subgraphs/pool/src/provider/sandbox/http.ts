import type { IncomingMessage, ServerResponse } from 'node:http';

/** Bodies above this are answered 413 (the real upstream rejects huge payloads too). */
export const MAX_BODY_BYTES = 1024 * 1024;

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export const reply = (status: number, body?: unknown, headers?: Record<string, string>): Reply => ({ status, body, headers });

/** Upstream-style error body: `{"detail":{"code":...}}`, the shape clients branch on. */
export const upstreamError = (status: number, code: string, message?: string): Reply =>
  reply(status, { detail: message === undefined ? { code } : { code, message } });

/** Control-surface error body: `{"error": code, "message"?: ...}`. */
export const controlError = (status: number, error: string, message?: string): Reply =>
  reply(status, message === undefined ? { error } : { error, message });

/**
 * Reads the whole body. Resolves null when it exceeds `limit`; the rest is still drained
 * (not buffered) so the client reliably receives the 413 instead of a reset socket.
 */
export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > limit ? null : Buffer.concat(chunks)));
    req.on('error', reject);
    req.on('close', () => {
      if (!req.complete) reject(new Error('request aborted'));
    });
  });
}

/** Parses a JSON object body. Empty body → `{}`; invalid JSON or a non-object → null. */
export function parseObject(raw: Buffer): Record<string, unknown> | null {
  if (raw.length === 0) return {};
  try {
    const value: unknown = JSON.parse(raw.toString('utf8'));
    return isObject(value) ? value : null;
  } catch {
    return null;
  }
}

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Integer in [min, max], `fallback` when absent; undefined means "invalid". */
export function intField(v: unknown, min: number, max: number, fallback: number): number | undefined {
  if (v === undefined) return fallback;
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : undefined;
}

export function send(res: ServerResponse, r: Reply): void {
  // A client that went away (or a server closing mid-latency) has nothing left to receive.
  if (res.destroyed || res.headersSent) return;
  const payload = r.body === undefined ? '' : JSON.stringify(r.body);
  res.writeHead(r.status, {
    ...(r.body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }),
    'content-length': Buffer.byteLength(payload),
    ...r.headers,
  });
  res.end(payload);
}

export interface Route<H> {
  method: string;
  /** e.g. `/backend-api/accounts/:id/invites`; also the key used for request counts. */
  template: string;
  handler: H;
  regex: RegExp;
  keys: string[];
}

export function route<H>(method: string, template: string, handler: H): Route<H> {
  const keys: string[] = [];
  const pattern = template
    .split('/')
    .map((seg) => {
      if (!seg.startsWith(':')) return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      keys.push(seg.slice(1));
      return '([^/]+)';
    })
    .join('/');
  return { method, template, handler, regex: new RegExp(`^${pattern}/?$`), keys };
}

export function match<H>(routes: Route<H>[], method: string, path: string): { route: Route<H>; params: Record<string, string> } | null {
  for (const r of routes) {
    if (r.method !== method) continue;
    const m = r.regex.exec(path);
    if (!m) continue;
    try {
      const params = Object.fromEntries(r.keys.map((k, i) => [k, decodeURIComponent(m[i + 1] ?? '')]));
      return { route: r, params };
    } catch {
      return null; // malformed percent-encoding: treat as an unknown route
    }
  }
  return null;
}
