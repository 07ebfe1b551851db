import {
  assertDomainGuard,
  createLogger,
  createOrm,
  createRegistry,
  ormTuning,
  parseConfig,
  resolveKey,
  SecretBox,
  startMaintenanceLoop,
  startSubgraph,
  type Logger,
  type Orm,
} from '@seatpool/kit';
import { randomUUID } from 'node:crypto';
import { join, resolve } from 'node:path';
import { notifyConfigSchema } from './config';
import { notifyContext } from './context';
import { notifyEntities } from './entities';
import { startNotifyEventsConsumer } from './events-nats';
import { createNotifyMetrics } from './metrics';
import { notifyMigrations } from './migrations';
import { resolvers } from './resolvers';
import { intakeRound, sendRound, type NotifyDeps } from './services';
import { createFeeds, type Feeds } from './services/feeds';

export const NOTIFY_SCHEMA_FILE = resolve(__dirname, '../../../schema/notify.graphql');

export interface RunningNotify {
  url: string;
  port: number;
  orm: Orm;
  /** Runs one intake round (events + checks) / one sender round now, under their leases like the loops. */
  intake: { runOnce(): Promise<void> };
  sender: { runOnce(): Promise<void> };
  close(): Promise<void>;
}

export interface NotifyOptions {
  logger?: Logger;
  /** The clock (tests); deliveries, retries and thresholds all read it. */
  now?: () => Date;
  /** Replaces the HTTP feeds from pool and users (tests). */
  feeds?: Feeds;
}

/**
 * Starts the notify subgraph: config (throws ConfigError), domain guard, ORM + migrations, GraphQL
 * over HTTP, the intake loop (events and checks every NOTIFY_POLL_MS), the sender loop and, with
 * SEATPOOL_NATS_URL, the durable NATS consumer `notify` in place of the polled events.
 */
export async function startNotify(env: NodeJS.ProcessEnv, opts: NotifyOptions = {}): Promise<RunningNotify> {
  const config = parseConfig(notifyConfigSchema, env);
  const logger = opts.logger ?? createLogger('notify', config.SEATPOOL_LOG_LEVEL);
  assertDomainGuard({ domain: 'notify', strict: config.STRICT_DOMAIN_GUARD, env, urlVars: { users: 'USERS_DATABASE_URL', pool: 'POOL_DATABASE_URL', notify: 'NOTIFY_DATABASE_URL' } });
  const key = resolveKey(config.NOTIFY_ENCRYPTION_KEY, join(config.SEATPOOL_DATA_DIR, 'notify.key'), config.NODE_ENV !== 'production');
  const registry = createRegistry('notify');
  const orm = await createOrm({
    domain: 'notify',
    entities: notifyEntities,
    migrations: notifyMigrations,
    databaseUrl: config.NOTIFY_DATABASE_URL,
    dataDir: config.SEATPOOL_DATA_DIR,
    logger,
    strictGuard: config.STRICT_DOMAIN_GUARD,
    ...ormTuning(config),
  });
  const feeds = opts.feeds ?? createFeeds({ poolUrl: config.NOTIFY_POOL_URL, usersUrl: config.NOTIFY_USERS_URL, secret: config.SEATPOOL_SIGNING_SECRET, timeoutMs: 10_000 });
  const nats = config.SEATPOOL_NATS_URL;
  // A wake-up while a woken round runs asks for one more round after it: nothing committed meanwhile waits for the interval.
  let kickRunning = false;
  let kickAgain = false;
  const wake = () => {
    kickAgain = false;
    void sender.runOnce().finally(() => (kickAgain ? wake() : (kickRunning = false)));
  };
  const deps: NotifyDeps = {
    box: new SecretBox(key),
    now: opts.now ?? (() => new Date()),
    production: config.NODE_ENV === 'production',
    retryScheduleMs: config.NOTIFY_RETRY_SCHEDULE_MS,
    deliveryTimeoutMs: config.NOTIFY_DELIVERY_TIMEOUT_MS,
    maxConsecutiveFailures: config.NOTIFY_MAX_CONSECUTIVE_FAILURES,
    kickSender: () => {
      if (kickRunning) return void (kickAgain = true);
      kickRunning = true;
      setImmediate(wake);
    },
    metrics: createNotifyMetrics(registry),
    logger,
  };
  const sender = startMaintenanceLoop({ name: 'notify-sender', orm, logger, intervalMs: config.NOTIFY_SEND_INTERVAL_MS, tick: async (em) => void (await sendRound(em, deps)) });
  const intake = startMaintenanceLoop({
    name: 'notify-intake',
    orm,
    logger,
    intervalMs: config.NOTIFY_POLL_MS,
    // With NATS the events are pushed (durable consumer `notify`); the round keeps the checks.
    tick: (em) => intakeRound(em, deps, feeds, { poolEvents: !nats, usersEvents: !nats && config.NOTIFY_USERS_EVENTS, requestId: `notify-intake-${randomUUID()}` }),
  });
  const natsConsumer = nats ? startNotifyEventsConsumer({ orm, deps, feeds, logger, natsUrl: nats }) : undefined;
  let subgraph: Awaited<ReturnType<typeof startSubgraph>>;
  try {
    subgraph = await startSubgraph({
      name: 'notify',
      redisUrl: config.REDIS_URL,
      schemaFile: NOTIFY_SCHEMA_FILE,
      resolvers,
      signingSecret: config.SEATPOOL_SIGNING_SECRET,
      logger,
      registry,
      orm,
      context: notifyContext(deps),
      production: config.NODE_ENV === 'production',
      introspection: config.NOTIFY_INTROSPECTION,
      port: config.NOTIFY_PORT,
      host: config.SEATPOOL_HOST,
    });
  } catch (err) {
    await natsConsumer?.close();
    await intake.stop();
    await sender.stop();
    await orm.close(true);
    throw err;
  }
  const running = subgraph;
  return {
    url: running.url,
    port: running.port,
    orm,
    intake: { runOnce: () => intake.runOnce() },
    sender: { runOnce: () => sender.runOnce() },
    async close() {
      await natsConsumer?.close();
      await intake.stop();
      await sender.stop();
      await running.close();
      await orm.close(true);
    },
  };
}
