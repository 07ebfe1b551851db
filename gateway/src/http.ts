import type { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { pickLang, requestIdFrom, type Logger } from '@seatpool/kit';
import express, { type RequestHandler } from 'express';
import type { Registry } from 'prom-client';
import type { GatewayConfig } from './config';
import type { GatewayContext } from './context';
import { corsAllowlist } from './security/cors';
import { securityHeaders } from './security/headers';
import { sendError } from './security/http-errors';
import { graphqlBody, httpErrors } from './security/request-guard';

export interface HttpParts {
  config: GatewayConfig;
  logger: Logger;
  registry: Registry;
  apollo: ApolloServer<GatewayContext>;
  /** Readiness: each subgraph's /readyz, and Redis when configured. */
  ready: () => Promise<{ ok: boolean } & Record<string, unknown>>;
  clientAddress: (socketAddress: string | undefined, forwardedFor: string | string[] | undefined) => string;
  authenticate: (authorization: string | undefined, requestId: string, ip: string) => Promise<GatewayContext['identity']>;
  /** Runs after the body is parsed and before Apollo (safelisting). */
  beforeGraphql?: RequestHandler;
}

/**
 * The HTTP door, in order: request id and security headers on every answer (errors included),
 * CORS, health and metrics, then /graphql (JSON only, size-capped, safelist, Apollo), and JSON
 * answers for everything that goes wrong before Apollo.
 */
export function buildHttpApp(p: HttpParts) {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false); // the client address is ours to work out (security/client-address.ts)
  app.set('query parser', 'simple');
  // API answers are `no-store` JSON: an ETag would only cost a SHA-1 of every body.
  app.set('etag', false);
  app.use((req, res, next) => {
    const requestId = requestIdFrom(req.headers['x-request-id']);
    req.headers['x-request-id'] = requestId;
    res.setHeader('x-request-id', requestId);
    next();
  });
  app.use(securityHeaders({ hstsMaxAge: p.config.GATEWAY_HSTS_MAX_AGE }));
  app.use(corsAllowlist(p.config.GATEWAY_CORS_ORIGINS));
  app.get('/healthz', (_req, res) => void res.json({ ok: true, service: 'gateway' }));
  app.get('/readyz', async (_req, res) => {
    const state = await p.ready();
    res.status(state.ok ? 200 : 503).json(state);
  });
  app.get('/metrics', async (_req, res) => {
    res.setHeader('content-type', p.registry.contentType);
    res.end(await p.registry.metrics());
  });
  app.use(
    '/graphql',
    ...graphqlBody(p.config.GATEWAY_MAX_BODY_BYTES),
    p.beforeGraphql ?? ((_req, _res, next) => next()),
    expressMiddleware(p.apollo, {
      context: async ({ req }): Promise<GatewayContext> => {
        const requestId = String(req.headers['x-request-id']);
        const acceptLanguage = req.headers['accept-language'];
        const base = { requestId, lang: pickLang(acceptLanguage), acceptLanguage, logger: p.logger.child({ requestId }) };
        const ip = p.clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for']);
        try {
          const identity = await p.authenticate(req.headers.authorization, requestId, ip);
          return { ...base, identity };
        } catch (err) {
          // Context errors skip formatError's plugin hooks: give them code and request id here.
          const status = (err as any).extensions?.code === 'UNAUTHENTICATED' ? 401 : 503;
          (err as any).extensions = { ...(err as any).extensions, requestId, http: { status } };
          throw err;
        }
      },
    }),
  );
  app.use((req, res) => sendError(req, res, 404, 'NOT_FOUND', `Nothing at ${req.method} ${req.path.slice(0, 100)}.`));
  app.use(httpErrors(p.config.GATEWAY_MAX_BODY_BYTES, (err) => p.logger.error({ err }, 'unexpected HTTP error')));
  return app;
}
