import { createLogger, createRegistry, parseConfig, startSubgraph, type Logger } from '@seatpool/kit';
import { resolve } from 'node:path';
import { statsConfigSchema } from './config';
import { resolvers } from './resolvers';

export const STATS_SCHEMA_FILE = resolve(__dirname, '../../../schema/stats.graphql');

/** Starts the stats subgraph (no database: every figure is resolved by its owning domain). */
export async function startStats(env: NodeJS.ProcessEnv, opts: { logger?: Logger } = {}) {
  const config = parseConfig(statsConfigSchema, env);
  const logger = opts.logger ?? createLogger('stats', config.SEATPOOL_LOG_LEVEL);
  const registry = createRegistry('stats');
  return startSubgraph({
    name: 'stats',
    redisUrl: config.REDIS_URL,
    schemaFile: STATS_SCHEMA_FILE,
    resolvers,
    signingSecret: config.SEATPOOL_SIGNING_SECRET,
    logger,
    registry,
    context: (base) => base,
    production: config.NODE_ENV === 'production',
    introspection: config.STATS_INTROSPECTION,
    port: config.STATS_PORT,
    host: config.SEATPOOL_HOST,
  });
}
