import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import {
  createLogger, createRegistry, errorPlugin, formatError, graphqlMetricsPlugin, parseConfig, pickLang, requestIdFrom,
  type Logger,
} from '@seatpool/kit';
import express from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Histogram } from 'prom-client';
import { createSessionAuth } from './auth/session-auth';
import { gatewayConfigSchema } from './config';
import type { GatewayContext } from './context';
import { MemoryRateStore } from './limits/rate-limiter';
import { publicRateLimitPlugin } from './limits/public-rate-limit.plugin';
import { subgraphsReady } from './readiness';
import { SigningDataSource } from './signing-data-source';
import { readSupergraph, subgraphUrls } from './supergraph';

/** Starts the public door: the composed supergraph, authentication, signing, health and metrics. */
export async function startGateway(env: NodeJS.ProcessEnv, opts: { logger?: Logger } = {}) {
  const config = parseConfig(gatewayConfigSchema, env);
  const logger = opts.logger ?? createLogger('gateway', config.SEATPOOL_LOG_LEVEL);
  const registry = createRegistry('gateway');
  const supergraphSdl = readSupergraph(config.GATEWAY_SUPERGRAPH_FILE);
  const urls = { ...subgraphUrls(supergraphSdl) };
  if (config.GATEWAY_USERS_URL) urls.users = config.GATEWAY_USERS_URL;
  if (config.GATEWAY_POOL_URL) urls.pool = config.GATEWAY_POOL_URL;
  if (config.GATEWAY_STATS_URL) urls.stats = config.GATEWAY_STATS_URL;

  const fetchDuration = new Histogram({
    name: 'seatpool_gateway_subgraph_fetch_duration_seconds',
    help: 'Subgraph fetches made by the gateway, by subgraph and outcome',
    labelNames: ['subgraph', 'outcome'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) =>
      new SigningDataSource({ name, url: urls[name] ?? url!, secret: config.SEATPOOL_SIGNING_SECRET, timeoutMs: config.GATEWAY_SUBGRAPH_TIMEOUT_MS, fetchDuration }),
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: config.introspection,
    csrfPrevention: true,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      graphqlMetricsPlugin(registry),
      errorPlugin() as any,
      publicRateLimitPlugin(new MemoryRateStore(), {
        redeem: { limit: config.GATEWAY_PUBLIC_RATE_PER_MINUTE, windowMs: 60_000 },
        redeemStatus: { limit: config.GATEWAY_PUBLIC_RATE_PER_MINUTE, windowMs: 60_000 },
        requestSwitch: { limit: config.GATEWAY_PUBLIC_RATE_PER_MINUTE, windowMs: 60_000 },
        adminLogin: { limit: config.GATEWAY_LOGIN_RATE_PER_5MIN, windowMs: 300_000 },
      }),
    ],
  });
  await apollo.start();
  const authenticate = createSessionAuth(urls.users, config.SEATPOOL_SIGNING_SECRET);

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  app.use((req, res, next) => {
    const requestId = requestIdFrom(req.headers['x-request-id']);
    req.headers['x-request-id'] = requestId;
    res.setHeader('x-request-id', requestId);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('x-frame-options', 'DENY');
    res.setHeader('referrer-policy', 'no-referrer');
    next();
  });
  app.get('/healthz', (_req, res) => void res.json({ ok: true, service: 'gateway' }));
  app.get('/readyz', async (_req, res) => {
    const subgraphs = await subgraphsReady(urls);
    const ok = Object.values(subgraphs).every(Boolean);
    res.status(ok ? 200 : 503).json({ ok, subgraphs });
  });
  app.get('/metrics', async (_req, res) => {
    res.setHeader('content-type', registry.contentType);
    res.end(await registry.metrics());
  });
  app.use(
    '/graphql',
    express.json({ limit: '256kb' }),
    expressMiddleware(apollo, {
      context: async ({ req }): Promise<GatewayContext> => {
        const requestId = String(req.headers['x-request-id']);
        const acceptLanguage = req.headers['accept-language'];
        const base = { requestId, lang: pickLang(acceptLanguage), acceptLanguage, logger: logger.child({ requestId }) };
        const ip = req.socket.remoteAddress;
        try {
          const identity = await authenticate(req.headers.authorization, requestId, ip);
          return { ...base, identity };
        } catch (err) {
          // Context errors skip formatError's plugin hooks: give them code and request id here.
          (err as any).extensions = { ...(err as any).extensions, requestId, http: { status: 401 } };
          throw err;
        }
      },
    }),
  );
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(config.GATEWAY_PORT, config.SEATPOOL_HOST, () => resolve(s));
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${config.SEATPOOL_HOST}:${port}/graphql`;
  logger.info({ url, subgraphs: urls }, 'gateway ready');
  return {
    url,
    port,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await apollo.stop();
    },
  };
}
