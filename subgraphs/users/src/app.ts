import {
  assertDomainGuard,
  createLogger,
  createOrm,
  ormTuning,
  createRegistry,
  SecretBox,
  startMaintenanceLoop,
  startSubgraph,
  LazyNatsBus,
  startNatsOutboxRelay,
  type Logger,
  type Orm,
} from '@seatpool/kit';
import type { Registry } from 'prom-client';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { createPoolClient } from './clients/pool.client';
import { deriveKeys, parseUsersConfig } from './config';
import { createContextFactory } from './context';
import { usersEntities } from './entities';
import { createUsersMetrics } from './metrics';
import { publicMessagesPlugin } from './public-messages';
import { usersMigrations } from './migrations';
import { resolvers } from './resolvers';
import { bootstrapAdmin } from './services/admin-auth.service';
import { createServices, type UsersDeps } from './services';
import { createJobKicker } from './services/job-kicker';
import { startPoolEventsConsumer } from './pool-events-nats';
import { UsersOutboxService } from './services/users-outbox.service';

export const USERS_SCHEMA_FILE = resolve(__dirname, '../../../schema/users.graphql');

export interface RunningUsers {
  url: string;
  port: number;
  orm: Orm;
  /** Set only when this start created the admin with a random password: print it once, never log it. */
  generatedAdminPassword?: string;
  maintenance: { runOnce(): Promise<void> };
  close(): Promise<void>;
}

/**
 * Starts the users subgraph: config (throws kit's ConfigError), domain guard, database and
 * migrations, admin bootstrap, the HTTP server, the maintenance loop and, with SEATPOOL_NATS_URL,
 * the consumer of pool's events and the relay of its own outbox on JetStream.
 */
export async function startUsers(env: NodeJS.ProcessEnv, opts: { logger?: Logger } = {}): Promise<RunningUsers> {
  const config = parseUsersConfig(env);
  const logger = opts.logger ?? createLogger('users', config.SEATPOOL_LOG_LEVEL);
  assertDomainGuard({
    domain: 'users',
    strict: config.STRICT_DOMAIN_GUARD,
    env,
    urlVars: { users: 'USERS_DATABASE_URL', pool: 'POOL_DATABASE_URL' },
  });
  const keys = deriveKeys(config);
  const orm = await createOrm({
    domain: 'users',
    entities: usersEntities,
    migrations: usersMigrations,
    databaseUrl: config.USERS_DATABASE_URL,
    dataDir: config.SEATPOOL_DATA_DIR,
    logger,
    strictGuard: config.STRICT_DOMAIN_GUARD,
    ...ormTuning(config),
  });
  try {
    const { generatedPassword } = await bootstrapAdmin(orm.em.fork(), config.ADMIN_PASSWORD, logger);
    const registry = createRegistry('users');
    let kick = () => {};
    const deps: UsersDeps = {
      config,
      keys,
      box: new SecretBox(keys.seal),
      pool: createPoolClient({ url: config.USERS_POOL_URL, secret: config.SEATPOOL_SIGNING_SECRET, placementTimeoutMs: config.USERS_PLACEMENT_TIMEOUT_MS }),
      metrics: createUsersMetrics(registry, orm),
      now: () => new Date(),
      kickJobs: () => kick(),
    };
    const kicker = createJobKicker(() => {
      const requestId = `jobs-${randomUUID()}`;
      return createServices(orm.em.fork(), deps, logger.child({ requestId }), requestId).jobRunner.runDue(10);
    }, logger);
    if (config.USERS_JOBS_RUN_ON_ENQUEUE) kick = kicker.kick;
    const server = await startSubgraph({
      name: 'users',
      redisUrl: config.REDIS_URL,
      schemaFile: USERS_SCHEMA_FILE,
      resolvers,
      signingSecret: config.SEATPOOL_SIGNING_SECRET,
      logger,
      registry,
      orm,
      context: createContextFactory(deps),
      production: config.NODE_ENV === 'production',
      introspection: config.USERS_INTROSPECTION,
      port: config.USERS_PORT,
      host: config.SEATPOOL_HOST,
      plugins: [publicMessagesPlugin()],
    });
    const nats = config.SEATPOOL_NATS_URL ? startNats(orm, deps, logger, config.SEATPOOL_NATS_URL, registry) : undefined;
    const loop = startMaintenanceLoop({
      name: 'users-maintenance',
      orm,
      logger,
      intervalMs: config.USERS_MAINTENANCE_INTERVAL_MS,
      tick: (em) => {
        const requestId = `maintenance-${randomUUID()}`;
        return createServices(em, deps, logger.child({ requestId }), requestId).maintenance.run();
      },
    });
    return {
      url: server.url,
      port: server.port,
      orm,
      generatedAdminPassword: generatedPassword,
      maintenance: { runOnce: loop.runOnce },
      async close() {
        await loop.stop();
        await nats?.close();
        await kicker.stop();
        await server.close();
        await orm.close(true);
      },
    };
  } catch (err) {
    await orm.close(true);
    throw err;
  }
}

/**
 * With SEATPOOL_NATS_URL, over one connection: pool's events arrive on the durable consumer
 * `users` (the maintenance round no longer polls them) and users' own outbox is relayed to
 * JetStream as `seatpool.users.<…>`. Without it nothing here runs.
 */
function startNats(orm: Orm, deps: UsersDeps, logger: Logger, natsUrl: string, registry: Registry) {
  const bus = new LazyNatsBus({ url: natsUrl, name: 'users', logger });
  const consumer = startPoolEventsConsumer({ orm, deps, logger, bus, ackWaitMs: deps.config.USERS_NATS_ACK_WAIT_MS });
  const relay = startNatsOutboxRelay({ name: 'users-outbox', orm, bus, logger, registry, outbox: (em) => new UsersOutboxService(em, deps.now) });
  return {
    async close() {
      await relay.stop();
      await consumer.close();
      await bus.close();
    },
  };
}
