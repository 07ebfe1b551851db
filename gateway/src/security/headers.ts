import type { RequestHandler } from 'express';

/**
 * Headers on every response, errors included. The API serves JSON and one static page without
 * scripts, so the CSP can forbid everything: a response that ends up rendered in a browser by
 * mistake can load nothing, run nothing and be framed by nobody.
 */
export function securityHeaders(opts: { hstsMaxAge: number }): RequestHandler {
  const hsts = opts.hstsMaxAge > 0 ? `max-age=${opts.hstsMaxAge}; includeSubDomains` : undefined;
  return (_req, res, next) => {
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('x-frame-options', 'DENY');
    res.setHeader('referrer-policy', 'no-referrer');
    res.setHeader('content-security-policy', "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
    res.setHeader('cross-origin-opener-policy', 'same-origin');
    res.setHeader('permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=()');
    // Answers carry session tokens and codes: no shared cache may keep them.
    res.setHeader('cache-control', 'no-store');
    if (hsts) res.setHeader('strict-transport-security', hsts);
    next();
  };
}
