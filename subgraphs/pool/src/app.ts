import {
  assertDomainGuard,
  createLogger,
  createOrm,
  ormTuning,
  createRegistry,
  parseConfig,
  resolveKey,
  SecretBox,
  startMaintenanceLoop,
  startSubgraph,
  type Logger,
  type Orm,
} from '@seatpool/kit';
import type { Registry } from 'prom-client';
import { createHmac } from 'node:crypto';
import { join, resolve } from 'node:path';
import { poolConfigSchema, type PoolConfig } from './config';
import { poolContext } from './context';
import { poolEntities } from './entities';
import { createPoolMetrics } from './metrics';
import { registerGauges } from './metrics-gauges';
import { poolMigrations } from './migrations';
import { HttpUpstreamProvider } from './provider/http-provider';
import { MotherGate } from './provider/mother-gate';
import { resolvers } from './resolvers';
import { createServices, type PoolDeps } from './services';
import { SeatSignal } from './services/seat-signal';
import { breakerEvents } from './services/breaker-events';
import { startPoolRelay } from './nats-relay';

export const POOL_SCHEMA_FILE = resolve(__dirname, '../../../schema/pool.graphql');

export interface RunningPool {
  url: string;
  port: number;
  orm: Orm;
  /** Runs one maintenance round now (tests, admin triggers), under the lease like the loop. */
  maintenance: { runOnce(): Promise<void> };
  close(): Promise<void>;
}

/**
 * Starts the pool subgraph: config (throws ConfigError), domain guard, ORM + migrations, upstream
 * provider, GraphQL over HTTP, the maintenance loop and, with SEATPOOL_NATS_URL, the outbox relay
 * to JetStream. `close()` stops all of it.
 */
export async function startPool(env: NodeJS.ProcessEnv, opts: { logger?: Logger } = {}): Promise<RunningPool> {
  const config = parseConfig(poolConfigSchema, env);
  const logger = opts.logger ?? createLogger('pool', config.SEATPOOL_LOG_LEVEL);
  assertDomainGuard({ domain: 'pool', strict: config.STRICT_DOMAIN_GUARD, env, urlVars: { users: 'USERS_DATABASE_URL', pool: 'POOL_DATABASE_URL' } });
  const key = resolveKey(config.POOL_ENCRYPTION_KEY, join(config.SEATPOOL_DATA_DIR, 'pool.key'), config.NODE_ENV !== 'production');
  const registry = createRegistry('pool');
  const orm = await createOrm({
    domain: 'pool',
    entities: poolEntities,
    migrations: poolMigrations,
    databaseUrl: config.POOL_DATABASE_URL,
    dataDir: config.SEATPOOL_DATA_DIR,
    logger,
    strictGuard: config.STRICT_DOMAIN_GUARD,
    ...ormTuning(config),
  });
  const deps = poolDeps(config, key, registry, logger, breakerEvents(orm, logger, () => new Date()));
  const relay = config.SEATPOOL_NATS_URL ? startPoolRelay({ orm, natsUrl: config.SEATPOOL_NATS_URL, logger, now: deps.now, registry }) : undefined;
  registerGauges(registry, () => createServices(orm.em.fork(), deps).dashboard, deps.provider);
  let subgraph: Awaited<ReturnType<typeof startSubgraph>> | undefined;
  const loop = startMaintenanceLoop({
    name: 'pool-maintenance',
    orm,
    logger,
    intervalMs: config.POOL_MAINTENANCE_INTERVAL_MS,
    tick: async (em) => void (await createServices(em, deps).maintenance.run()),
  });
  try {
    subgraph = await startSubgraph({
      name: 'pool',
      redisUrl: config.REDIS_URL,
      schemaFile: POOL_SCHEMA_FILE,
      resolvers,
      signingSecret: config.SEATPOOL_SIGNING_SECRET,
      logger,
      registry,
      orm,
      context: poolContext(deps),
      production: config.NODE_ENV === 'production',
      introspection: config.POOL_INTROSPECTION,
      port: config.POOL_PORT,
      host: config.SEATPOOL_HOST,
    });
  } catch (err) {
    await loop.stop();
    await relay?.close();
    await orm.close(true);
    throw err;
  }
  const running = subgraph;
  return {
    url: running.url,
    port: running.port,
    orm,
    maintenance: { runOnce: () => loop.runOnce() },
    async close() {
      await loop.stop();
      await running.close();
      await relay?.close();
      await orm.close(true);
    },
  };
}

function poolDeps(config: PoolConfig, key: Buffer, registry: Registry, logger: Logger, onBreaker: (to: 'open' | 'closed', motherId: string) => void): PoolDeps {
  const metrics = createPoolMetrics(registry);
  const provider = new HttpUpstreamProvider({
    baseUrl: config.POOL_UPSTREAM_URL,
    attemptTimeoutMs: config.POOL_UPSTREAM_ATTEMPT_TIMEOUT_MS,
    retries: config.POOL_UPSTREAM_RETRIES,
    budgetMs: config.POOL_UPSTREAM_BUDGET_MS,
    breakerThreshold: config.POOL_UPSTREAM_BREAKER_THRESHOLD,
    breakerHalfOpenAfterMs: config.POOL_UPSTREAM_BREAKER_HALF_OPEN_MS,
    onCircuitChange: (to, motherId) => {
      metrics.circuit(to);
      onBreaker(to, motherId);
    },
    registry,
    logger,
  });
  return {
    provider,
    box: new SecretBox(key),
    // A separate key for hashes and derived secrets, so the sealing key itself never keys an HMAC.
    hashKey: createHmac('sha256', key).update('seatpool-pool-hash-key').digest(),
    holdTtlMs: config.POOL_HOLD_TTL_MS,
    settleMs: config.POOL_UPSTREAM_SETTLE_MS,
    gate: new MotherGate(config.POOL_UPSTREAM_CONCURRENCY_PER_MOTHER),
    placementWaitMs: config.POOL_PLACEMENT_WAIT_MS,
    seatSignal: new SeatSignal(),
    tuning: {
      healthBatch: config.POOL_HEALTH_BATCH,
      healthIntervalMs: config.POOL_HEALTH_INTERVAL_MS,
      syncBatch: config.POOL_SYNC_BATCH,
      syncIntervalMs: config.POOL_SYNC_INTERVAL_MS,
      ingestWindowMs: config.POOL_INGEST_WINDOW_S * 1000,
      importConcurrency: config.POOL_IMPORT_CONCURRENCY,
      childEmailDomain: config.POOL_CHILD_EMAIL_DOMAIN ?? null,
    },
    metrics,
    logger,
    now: () => new Date(),
  };
}
