import type { RequestHandler } from 'express';

const ALLOWED_HEADERS = [
  'content-type',
  'authorization',
  'accept-language',
  'x-request-id',
  'apollo-require-preflight',
  'x-apollo-operation-name',
].join(', ');

/**
 * CORS for an allowlist of exact origins (GATEWAY_CORS_ORIGINS); nothing is reflected. Callers
 * authenticate with a bearer header, never a cookie, so credentials are not allowed. A preflight
 * from any other origin is refused, and a simple cross-origin request gets no CORS headers (its
 * answer stays unreadable; Apollo's CSRF prevention keeps it from running anything).
 */
export function corsAllowlist(origins: string[]): RequestHandler {
  const allowed = new Set(origins);
  return (req, res, next) => {
    const origin = req.headers.origin;
    if (origin) res.append('vary', 'Origin');
    const ok = typeof origin === 'string' && allowed.has(origin);
    if (ok) {
      res.setHeader('access-control-allow-origin', origin);
      res.setHeader('access-control-expose-headers', 'x-request-id, retry-after');
    }
    if (req.method !== 'OPTIONS' || !req.headers['access-control-request-method']) return next();
    if (!ok) return void res.status(403).end();
    res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
    res.setHeader('access-control-allow-headers', ALLOWED_HEADERS);
    res.setHeader('access-control-max-age', '600');
    res.status(204).end();
  };
}
