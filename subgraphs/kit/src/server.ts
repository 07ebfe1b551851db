import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { GraphQLError, parse, type DocumentNode } from 'graphql';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';
import type { BaseContext } from './context';
import { pickLang } from './errors';
import { errorPlugin, formatError } from './error-plugin';
import { closeHttpServer } from './http-server';
import { IDENTITY_HEADER, IdentityVerifier, SIGNATURE_HEADER } from './identity';
import { createReplayGuard } from './replay-guard';
import type { Logger } from './logger';
import { graphqlMetricsPlugin } from './metrics';
import { ormReady, type Orm } from './orm';
import { stringLimitPlugin } from './string-limits';
import { sendJson, subgraphHttpHandler } from './subgraph-http';

/**
 * Callers (the gateway, other services) keep connections open between calls. Node closes an idle
 * one after 5 s, and a client whose event loop lags under load may send on it just as it closes:
 * the call fails as "unreachable" with an unknown outcome (a redeem answers PROCESSING). The
 * server keeps idle connections longer than any client does (undici: 4 s, or the server's hint),
 * so the client is always the one that closes.
 */
/**
 * Pending connections the kernel queues for a listening server (Node's default is 511). A burst
 * opens hundreds at once while the event loop is busy; an overflowing queue drops SYNs, the caller
 * retries after 1 s, 3 s, … and its call fails as unreachable (a redeem answers PROCESSING).
 * Capped by net.core.somaxconn.
 */
export const LISTEN_BACKLOG = 2048;

export function keepConnections(server: Server): void {
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000; // must exceed keepAliveTimeout
}

/** A schema module as `buildSubgraphSchema` takes it (derived from its public signature, not from `dist/`). */
type SchemaModule = Exclude<Extract<Parameters<typeof buildSubgraphSchema>[0], readonly unknown[]>[number], DocumentNode>;
/** A subgraph's resolver map, e.g. the `Resolvers` type GraphQL Code Generator makes from its SDL. */
export type SubgraphResolvers = NonNullable<SchemaModule['resolvers']>;

export interface SubgraphOptions<Ctx extends BaseContext> {
  name: string;
  /** Path of the subgraph's SDL file (`schema/<name>.graphql`): the one source of truth. */
  schemaFile: string;
  resolvers: SubgraphResolvers;
  signingSecret: string;
  logger: Logger;
  registry: Registry;
  orm?: Orm;
  /** Adds the domain's loaders and services to the base context (called once per request). */
  context: (base: BaseContext) => Ctx | Promise<Ctx>;
  production?: boolean;
  /** Introspection (`__schema`, `__type`); default: on outside production, like the gateway's. */
  introspection?: boolean;
  plugins?: ApolloServerPlugin<Ctx>[];
  /** Shared store of used identity nonces (every replica, across restarts); unset: this process's memory. */
  redisUrl?: string;
}

export interface RunningSubgraph {
  url: string;
  port: number;
  apollo: ApolloServer<any>;
  close(): Promise<void>;
}

/** The Apollo server of a subgraph, without HTTP (tests run operations on it in-process). */
export function createSubgraphServer<Ctx extends BaseContext>(opts: SubgraphOptions<Ctx>) {
  const typeDefs = parse(readFileSync(opts.schemaFile, 'utf8'));
  return new ApolloServer<Ctx>({
    schema: buildSubgraphSchema([{ typeDefs, resolvers: opts.resolvers }]),
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: opts.introspection ?? !opts.production,
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      // No schema declares cache hints: the default cache-control plugin would only add a hook per resolved field.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      graphqlMetricsPlugin(opts.registry),
      errorPlugin() as ApolloServerPlugin<Ctx>,
      stringLimitPlugin(),
      ...(opts.plugins ?? []),
    ],
  });
}

/**
 * Starts a subgraph over HTTP: `/graphql` (every request must carry the gateway's or a service's
 * signed identity), `/healthz`, `/readyz` (database up, migrations applied) and `/metrics`.
 */
export async function startSubgraph<Ctx extends BaseContext>(
  opts: SubgraphOptions<Ctx> & { port: number; host: string },
): Promise<RunningSubgraph> {
  const apollo = createSubgraphServer(opts);
  await apollo.start();
  const replay = await createReplayGuard(opts.redisUrl, { logger: opts.logger });
  // Identities are bound to this service's name and to the body they came with.
  const verifier = new IdentityVerifier(opts.signingSecret, { audience: opts.name, replay });
  const handler = subgraphHttpHandler<Ctx>({
    apollo,
    maxBodyBytes: 1024 * 1024,
    onError: (err) => opts.logger.error({ err }, 'unexpected HTTP error'),
    routes: {
      '/healthz': (res) => sendJson(res, 200, { ok: true, service: opts.name }),
      '/readyz': async (res) => {
        const ok = opts.orm ? await ormReady(opts.orm) : true;
        sendJson(res, ok ? 200 : 503, { ok, service: opts.name });
      },
      '/metrics': async (res) => {
        const text = await opts.registry.metrics();
        res.writeHead(200, { 'content-type': opts.registry.contentType });
        res.end(text);
      },
    },
    context: async (req, rawBody) => {
      const requestId = String(req.headers['x-request-id']);
      const logger = opts.logger.child({ requestId });
      const header = (name: string) => {
        const v = req.headers[name];
        return Array.isArray(v) ? v[0] : v;
      };
      const identity = await verifier.verify(header(IDENTITY_HEADER), header(SIGNATURE_HEADER), rawBody);
      if (typeof identity === 'string') {
        logger.warn({ reason: identity }, 'refused unsigned or invalid identity');
        throw new GraphQLError('Authentication is required.', {
          extensions: { code: 'UNAUTHENTICATED', reason: identity, requestId, http: { status: 401 } },
        });
      }
      const base: BaseContext = {
        requestId,
        identity,
        lang: pickLang(header('accept-language')),
        logger,
        em: opts.orm?.em.fork(),
      };
      return opts.context(base);
    },
  });
  const server: Server = await new Promise((resolve) => {
    const s = createServer(handler).listen(opts.port, opts.host, LISTEN_BACKLOG, () => resolve(s));
  });
  keepConnections(server);
  const port = (server.address() as AddressInfo).port;
  const url = `http://${opts.host}:${port}/graphql`;
  opts.logger.info({ url }, `${opts.name} subgraph ready`);
  return {
    url,
    port,
    apollo,
    async close() {
      await closeHttpServer(server);
      await apollo.stop();
      await replay.close?.();
    },
  };
}
