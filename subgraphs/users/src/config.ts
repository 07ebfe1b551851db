import { commonConfigSchema, ConfigError, envBool, envOptionalBool, envPort, parseConfig, resolveKey } from '@seatpool/kit';
import { hkdfSync } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';

const ms = (fallback: number, min: number) => z.coerce.number().int().min(min).default(fallback);

/** The users service reads `USERS_*`, the shared `SEATPOOL_*` settings and `ADMIN_PASSWORD`; nothing else. */
export const usersConfigSchema = commonConfigSchema
  .extend({
    USERS_PORT: envPort(4001),
    USERS_DATABASE_URL: z.string().url().optional(),
    USERS_CODE_KEY: z.string().min(1).optional(),
    /** Introspection: default off in production (1/0 overrides). */
    USERS_INTROSPECTION: envOptionalBool,
    USERS_POOL_URL: z.string().url().default('http://127.0.0.1:4002/graphql'),
    // Longer than pool's own upstream budget (30 s), so pool finishes (or fails) before we give up.
    USERS_PLACEMENT_TIMEOUT_MS: ms(45_000, 10),
    USERS_RESERVATION_TTL_MS: ms(180_000, 10),
    USERS_SESSION_TTL_HOURS: z.coerce.number().positive().max(24 * 90).default(168),
    USERS_MAINTENANCE_INTERVAL_MS: ms(10_000, 10),
    // Terms of a code minted without a SKU (a SKU's own values win).
    USERS_DEFAULT_LIFECYCLE_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
    USERS_DEFAULT_SWITCH_LIMIT: z.coerce.number().int().min(0).max(100).default(3),
    USERS_DEFAULT_REFRESH_LIMIT: z.coerce.number().int().min(0).max(100).default(3),
    USERS_REFRESH_COOLDOWN_MS: ms(1_800_000, 0),
    /** Pause before a queued switch asks pool for a seat again. */
    USERS_SWITCH_RETRY_MS: ms(60_000, 0),
    /** A switch asked again this soon after one succeeded answers that switch instead of starting another. */
    USERS_SWITCH_DEDUP_MS: ms(60_000, 0),
    /** When a code's lifecycle ends: `remove` gives its seat up through pool, `keep` only marks it expired. */
    USERS_LIFECYCLE_END_POLICY: z.enum(['remove', 'keep']).default('remove'),
    /** When a code's mother or team is lost: `extra_switch` grants one more switch, `requeue` queues a switch at once. */
    USERS_SEAT_LOST_POLICY: z.enum(['extra_switch', 'requeue']).default('extra_switch'),
    USERS_JOB_LEASE_MS: ms(60_000, 50),
    USERS_JOB_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(3),
    USERS_JOB_BACKOFF_MS: ms(30_000, 0),
    /** Start a batch job in this process right after it is enqueued (the maintenance round picks up the rest). */
    USERS_JOBS_RUN_ON_ENQUEUE: z.enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off', '']).optional(),
    /** With SEATPOOL_NATS_URL: how long a pool event handed to this service may stay unacked before JetStream redelivers it. */
    USERS_NATS_ACK_WAIT_MS: ms(30_000, 100),
    USERS_LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
    USERS_LOGIN_LOCK_MS: ms(900_000, 1_000),
    STRICT_DOMAIN_GUARD: z.enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off', '']).optional(),
    /** Only read when no admin exists yet; checked (length) by the admin bootstrap. */
    ADMIN_PASSWORD: z
      .string()
      .optional()
      .transform((v) => (v === '' ? undefined : v)),
  })
  .superRefine((env, ctx) => {
    if (!env.SEATPOOL_SIGNING_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['SEATPOOL_SIGNING_SECRET'], message: 'is required' });
    }
    if (env.NODE_ENV === 'production' && !env.USERS_CODE_KEY) {
      ctx.addIssue({ code: 'custom', path: ['USERS_CODE_KEY'], message: 'is required in production (32 bytes, hex or base64)' });
    }
    if (env.USERS_RESERVATION_TTL_MS <= env.USERS_PLACEMENT_TIMEOUT_MS) {
      ctx.addIssue({ code: 'custom', path: ['USERS_RESERVATION_TTL_MS'], message: 'must be longer than USERS_PLACEMENT_TIMEOUT_MS' });
    }
  })
  .transform((env) => ({
    ...env,
    SEATPOOL_SIGNING_SECRET: env.SEATPOOL_SIGNING_SECRET as string,
    // Strict by default in production only; an explicit value always wins.
    STRICT_DOMAIN_GUARD: envBool(env.NODE_ENV === 'production').parse(env.STRICT_DOMAIN_GUARD),
    USERS_JOBS_RUN_ON_ENQUEUE: envBool(true).parse(env.USERS_JOBS_RUN_ON_ENQUEUE),
  }));

export type UsersConfig = z.infer<typeof usersConfigSchema>;

/** Parses the environment; throws kit's `ConfigError` listing every problem. */
export function parseUsersConfig(env: NodeJS.ProcessEnv): UsersConfig {
  return parseConfig(usersConfigSchema, env);
}

export interface UsersKeys {
  /** HMAC key for code and session-token lookups. */
  hash: Buffer;
  /** AES-256-GCM key for the exportable code ciphertext. */
  seal: Buffer;
}

/**
 * The two working keys, derived with HKDF from `USERS_CODE_KEY` (or, outside production, from a
 * key file created once in the data directory), so one secret never serves two purposes.
 */
export function deriveKeys(config: UsersConfig): UsersKeys {
  let root: Buffer;
  try {
    root = resolveKey(config.USERS_CODE_KEY, join(config.SEATPOOL_DATA_DIR, 'users.key'), config.NODE_ENV !== 'production');
  } catch (err) {
    throw new ConfigError([`USERS_CODE_KEY: ${(err as Error).message}`]);
  }
  const derive = (info: string) => Buffer.from(hkdfSync('sha256', root, Buffer.alloc(0), `seatpool-users/${info}`, 32));
  return { hash: derive('hash'), seal: derive('seal') };
}
