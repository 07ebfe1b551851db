import { requestIdFrom, type Logger } from '@seatpool/kit';
import express, { type Express, type RequestHandler, type Response } from 'express';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { securityHeaders } from '../security/headers';
import type { WebConfig } from './config';
import { PAGE_CSP } from './csp';

const HTML = { public: 'index.html', admin: 'admin/index.html', graphiql: 'graphiql/index.html' } as const;
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The web pages on the gateway's origin, in front of the API app: `/` the public redeem page,
 * `/admin/…` the console (every deep link gets the same index.html; the router takes over),
 * `/assets/*` hashed files cached for a year, and in development GraphiQL at GET /graphql for a
 * browser. Pages are `no-cache` (always revalidated) so a new build is picked up at once.
 */
export function withWebPages(api: Express, opts: { config: WebConfig; hstsMaxAge: number; logger: Logger }): Express {
  const { consoleDir, graphiql } = opts.config;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  app.set('query parser', 'simple');

  const headers = securityHeaders({ hstsMaxAge: opts.hstsMaxAge });
  const page: RequestHandler = (req, res, next) => {
    const requestId = requestIdFrom(req.headers['x-request-id']);
    req.headers['x-request-id'] = requestId;
    res.setHeader('x-request-id', requestId);
    headers(req, res, () => {
      res.setHeader('content-security-policy', PAGE_CSP);
      next();
    });
  };
  // Pages are small: read once, again only when the build replaced the file.
  const cache = new Map<string, { mtimeMs: number; html: string }>();
  const readHtml = (file: string): string | undefined => {
    const path = join(consoleDir, file);
    let mtimeMs: number;
    try {
      mtimeMs = statSync(path).mtimeMs;
    } catch (err) {
      if (['ENOENT', 'ENOTDIR'].includes((err as NodeJS.ErrnoException).code ?? '')) return undefined; // not built: no page
      throw err;
    }
    const hit = cache.get(file);
    if (hit?.mtimeMs === mtimeMs) return hit.html;
    const html = readFileSync(path, 'utf8');
    cache.set(file, { mtimeMs, html });
    return html;
  };
  const sendHtml = (res: Response, file: string) => {
    const html = readHtml(file);
    if (html === undefined) {
      res.status(503).type('text/plain; charset=utf-8');
      res.send('The console is not built. Run `npm run build -w @seatpool/console` (npm start does it for you).\n');
      return;
    }
    res.setHeader('cache-control', 'no-cache');
    res.type('html').send(html);
  };

  app.get(['/', '/index.html'], page, (_req, res) => sendHtml(res, HTML.public));
  app.get(/^\/admin(\/.*)?$/, page, (req, res) => {
    if (req.path === '/admin') return res.redirect(301, '/admin/');
    sendHtml(res, HTML.admin);
  });
  app.use(
    '/assets',
    page,
    express.static(join(consoleDir, 'assets'), {
      index: false,
      fallthrough: true,
      setHeaders: (res) => res.setHeader('cache-control', IMMUTABLE),
    }),
  );
  app.get('/favicon.svg', page, express.static(consoleDir, { index: false, setHeaders: (res) => res.setHeader('cache-control', 'public, max-age=86400') }));
  // Browsers ask for /favicon.ico on their own; point them at the SVG instead of a 404.
  app.get('/favicon.ico', (_req, res) => res.redirect(301, '/favicon.svg'));
  if (graphiql) {
    app.get('/graphql', (req, res, next) => {
      const wantsPage = req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
      if (!wantsPage || req.query.query !== undefined || req.query.extensions !== undefined) return next();
      if (readHtml(HTML.graphiql) === undefined) return next(); // not built: Apollo's static landing page answers
      page(req, res, () => sendHtml(res, HTML.graphiql));
    });
  }
  app.use(api);
  return app;
}
