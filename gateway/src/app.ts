import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { closeHttpServer, createLogger, createRegistry, errorPlugin, formatError, graphqlMetricsPlugin, keepConnections, LISTEN_BACKLOG, parseConfig, type Logger } from '@seatpool/kit';
import type Redis from 'ioredis';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Counter, Histogram } from 'prom-client';
import { createApiKeyVerifier, type ApiKeyVerifier } from './auth/api-key-auth';
import { createAuthenticator } from './auth/authenticate';
import { createSessionVerifier } from './auth/session-auth';
import { SessionCache } from './auth/session-cache';
import { sessionRevocationPlugin } from './auth/session-revocation.plugin';
import { gatewayConfigSchema } from './config';
import type { GatewayContext } from './context';
import { buildHttpApp } from './http';
import { labelLimitErrors, queryLimits } from './limits/query-limits';
import { operationGuard } from './limits/operation-guard';
import { rateLimitPlugin } from './limits/rate-limit.plugin';
import { MemoryRateStore, type RateStore } from './limits/rate-limiter';
import { buildRateRules } from './limits/rate-rules';
import { RedisRateStore } from './limits/redis-rate-store';
import { loadManifest } from './persisted/manifest';
import { PersistedQueryCache } from './persisted/persisted-query-cache';
import { safelist } from './persisted/safelist';
import { OPTIONAL_SUBGRAPHS, subgraphsReady } from './readiness';
import { connectRedis, redisReady } from './redis';
import { createClientAddress } from './security/client-address';
import { landingPage } from './security/landing-page';
import { SigningDataSource } from './signing-data-source';
import { readSupergraph, subgraphUrls } from './supergraph';
import { consoleOperations, mergeOperations, webConfig, withWebPages } from './web';

export interface GatewayOptions {
  logger?: Logger;
  /** Replaces pool's verifyApiKey (tests of the API-key path before pool issues keys). */
  verifyApiKey?: ApiKeyVerifier;
}

/** Starts the public door: the composed supergraph, limits, authentication, signing, health and metrics. */
export async function startGateway(env: NodeJS.ProcessEnv, opts: GatewayOptions = {}) {
  const config = parseConfig(gatewayConfigSchema, env);
  const logger = opts.logger ?? createLogger('gateway', config.SEATPOOL_LOG_LEVEL);
  // Configuration problems of the modules below surface before anything opens a socket.
  const clientAddress = createClientAddress(config.GATEWAY_TRUSTED_PROXIES);
  const rules = buildRateRules(config);
  const registered = config.GATEWAY_SAFELIST_FILE ? loadManifest(config.GATEWAY_SAFELIST_FILE) : undefined;
  const web = webConfig(env);
  // Persisted queries the gateway always knows: the safelist's and the console's (which sends hashes only).
  const known = mergeOperations(registered, consoleOperations(web.manifestFile, logger));

  const registry = createRegistry('gateway');
  const supergraphSdl = readSupergraph(config.GATEWAY_SUPERGRAPH_FILE);
  const urls = { ...subgraphUrls(supergraphSdl) };
  if (config.GATEWAY_USERS_URL) urls.users = config.GATEWAY_USERS_URL;
  if (config.GATEWAY_POOL_URL) urls.pool = config.GATEWAY_POOL_URL;
  if (config.GATEWAY_STATS_URL) urls.stats = config.GATEWAY_STATS_URL;
  if (config.GATEWAY_NOTIFY_URL) urls.notify = config.GATEWAY_NOTIFY_URL;

  const redis: Redis | undefined = config.redisUrl ? await connectRedis(config.redisUrl, logger) : undefined;
  const storeFallbacks = new Counter({
    name: 'seatpool_gateway_rate_limit_store_fallbacks_total',
    help: 'Rate-limit hits counted in memory because Redis did not answer',
    registers: [registry],
  });
  const store: RateStore = redis
    ? new RedisRateStore(redis, config.GATEWAY_REDIS_PREFIX, logger, () => storeFallbacks.inc())
    : new MemoryRateStore();

  const fetchDuration = new Histogram({
    name: 'seatpool_gateway_subgraph_fetch_duration_seconds',
    help: 'Subgraph fetches made by the gateway, by subgraph and outcome',
    labelNames: ['subgraph', 'outcome'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  const limited = new Counter({
    name: 'seatpool_gateway_rate_limited_total',
    help: 'Operations refused with RATE_LIMITED, by rule',
    labelNames: ['rule'],
    registers: [registry],
  });
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) =>
      new SigningDataSource({ name, url: urls[name] ?? url!, secret: config.SEATPOOL_SIGNING_SECRET, timeoutMs: config.GATEWAY_SUBGRAPH_TIMEOUT_MS, fetchDuration }),
  });
  const limits = queryLimits(config);
  // Users' answer per session token, kept ≤ GATEWAY_SESSION_CACHE_MS; revocations reach every replica.
  const sessions = new SessionCache(createSessionVerifier(urls.users, config.SEATPOOL_SIGNING_SECRET, config.GATEWAY_AUTH_TIMEOUT_MS), {
    ttlMs: config.GATEWAY_SESSION_CACHE_MS,
    redis,
    channel: `${config.GATEWAY_REDIS_PREFIX}session-revoked`,
    logger,
  });
  await sessions.start();
  const persisted = config.GATEWAY_APQ || known
    ? {
        cache: new PersistedQueryCache({ registered: known, acceptNew: config.GATEWAY_APQ, redis, redisPrefix: config.GATEWAY_REDIS_PREFIX, logger }),
      }
    : false;
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError: (formatted, error) => formatError(labelLimitErrors(formatted, error), error),
    includeStacktraceInErrorResponses: false,
    introspection: config.introspection,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    persistedQueries: persisted,
    parseOptions: limits.parseOptions,
    validationRules: limits.validationRules,
    plugins: [
      // Nothing declares cache hints, and every answer is `no-store`: skip computing a cache policy per request.
      ApolloServerPluginCacheControlDisabled(),
      landingPage(config.landingPage),
      graphqlMetricsPlugin(registry),
      errorPlugin() as any,
      ...(limits.plugins ?? []),
      operationGuard(),
      sessionRevocationPlugin(sessions),
      rateLimitPlugin({ store, rules, hashKey: config.SEATPOOL_SIGNING_SECRET, limited }),
    ],
  });
  await apollo.start();

  const authenticate = createAuthenticator({
    apiKeyPrefix: config.GATEWAY_API_KEY_PREFIX,
    verifySession: sessions.get,
    verifyApiKey: opts.verifyApiKey ?? createApiKeyVerifier(urls.pool, config.SEATPOOL_SIGNING_SECRET, config.GATEWAY_AUTH_TIMEOUT_MS),
  });
  const api = buildHttpApp({
    config,
    logger,
    registry,
    apollo,
    clientAddress,
    authenticate,
    beforeGraphql: registered
      ? safelist(registered, config.GATEWAY_SAFELIST_MODE, logger, { exemptApiKeyPrefix: web.safelistExemptsApiKeys ? config.GATEWAY_API_KEY_PREFIX : undefined })
      : undefined,
    async ready() {
      const subgraphs = await subgraphsReady(urls);
      // Redis down degrades limits to per replica; it does not make the gateway unready. Nor does an
      // optional subgraph (notify): its fields fail alone while it is away.
      const ok = Object.entries(subgraphs).every(([name, up]) => up || OPTIONAL_SUBGRAPHS.has(name));
      return { ok, subgraphs, ...(redis ? { redis: redisReady(redis) } : {}) };
    },
  });

  const app = withWebPages(api, { config: web, hstsMaxAge: config.GATEWAY_HSTS_MAX_AGE, logger });

  const server: Server = await new Promise((resolve) => {
    const s = app.listen(config.GATEWAY_PORT, config.SEATPOOL_HOST, LISTEN_BACKLOG, () => resolve(s));
  });
  keepConnections(server);
  const port = (server.address() as AddressInfo).port;
  const url = `http://${config.SEATPOOL_HOST}:${port}/graphql`;
  logger.info(
    {
      url,
      subgraphs: urls,
      rateLimitStore: redis ? 'redis' : 'memory',
      introspection: config.introspection,
      safelist: registered ? config.GATEWAY_SAFELIST_MODE : 'off',
      console: `http://${config.SEATPOOL_HOST}:${port}/admin/`,
    },
    'gateway ready',
  );
  return {
    url,
    port,
    async close() {
      await closeHttpServer(server);
      await apollo.stop();
      await sessions.stop();
      await redis?.quit().catch(() => redis.disconnect());
    },
  };
}
