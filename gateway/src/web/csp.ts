/**
 * The pages' Content-Security-Policy: scripts and styles only from our own hashed files (no
 * inline script or style, no eval), data only to our own /graphql, never framed. Fonts and
 * images may be data: URLs (GraphiQL's bundled icons); nothing else is relaxed from the API's.
 */
export const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');
