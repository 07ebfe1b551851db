import { availableParallelism } from 'node:os';
import { z } from 'zod';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/**
 * Parses the environment with a zod object once, at start. Every problem is listed at once
 * (not the first only), so an operator fixes the whole configuration in one go.
 */
export function parseConfig<S extends z.ZodTypeAny>(schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  throw new ConfigError(
    result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
  );
}

/** Environment booleans: `1/true/yes/on` and `0/false/no/off`. */
export const envBool = (fallback: boolean) =>
  z
    .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off', ''])
    .optional()
    .transform((v) => (v === undefined || v === '' ? fallback : ['1', 'true', 'yes', 'on'].includes(v)));

/** An environment boolean whose default is decided elsewhere: unset or empty is `undefined`. */
export const envOptionalBool = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off', ''])
  .optional()
  .transform((v) => (v === undefined || v === '' ? undefined : ['1', 'true', 'yes', 'on'].includes(v)));

/** A TCP port from the environment. */
export const envPort = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);

/** Settings every service shares (the `SEATPOOL_*` prefix and NODE_ENV). */
/**
 * Twice the cores plus two, from 4 to 20: PostgreSQL does the most work when about that many
 * statements run at once; more backends only contend for the cores (snapshots, locks, context
 * switches). Measured in `npm run bench:load`'s 500-redeem burst on 2 cores: 20 connections per
 * service cost PostgreSQL 4.7–6.4 ms of CPU per redeem, 6 cost it 3.1–4.1 ms (docs/architecture/LOAD.md).
 * Statements beyond the pool wait in its queue, which costs no CPU.
 */
export function defaultDbPoolMax(cores = availableParallelism()): number {
  return Math.min(20, Math.max(4, 2 * cores + 2));
}

export const commonConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  SEATPOOL_DATA_DIR: z.string().min(1).default('./.data'),
  SEATPOOL_SIGNING_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SEATPOOL_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SEATPOOL_HOST: z.string().default('127.0.0.1'),
  /** PostgreSQL connections per service process (default: twice the cores plus two, 4 to 20; see `defaultDbPoolMax`). */
  SEATPOOL_DB_POOL_MAX: z.coerce.number().int().min(1).max(500).default(defaultDbPoolMax()),
  /** SQLite commit durability: `normal` (no fsync per commit in WAL; safe against a process crash) or `full`. */
  SEATPOOL_SQLITE_SYNCHRONOUS: z.enum(['normal', 'full']).default('normal'),
  /**
   * JetStream for events between domains (`nats://host:4222`, several comma-separated); unset:
   * the embedded mode, where consumers poll each producer's outbox through its internal query.
   */
  SEATPOOL_NATS_URL: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.string().regex(/^(nats|tls):\/\/[^\s,]+(,(nats|tls):\/\/[^\s,]+)*$/, 'must be nats:// or tls:// URL(s), comma-separated').optional(),
  ),
  /** Shared state of the replicas (identity nonces; the gateway's limits); unset: per process. */
  REDIS_URL: z.preprocess((v) => (v === '' ? undefined : v), z.string().regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL').optional()),
});
