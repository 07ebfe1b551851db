import { z } from 'zod';
import { commonConfigSchema, envBool, envOptionalBool, envPort } from '@seatpool/kit';

const ms = (fallback: number, min: number, max: number) => z.coerce.number().int().min(min).max(max).default(fallback);
const emptyAsUndefined = (v: unknown) => (v === '' ? undefined : v);

/** Standard Webhooks' retry schedule: 5 s, 25 s, 2 min, 10 min, 1 h, 4 h, 8 h, 10 h (within 24 h). */
export const DEFAULT_RETRY_SCHEDULE = '5000,25000,120000,600000,3600000,14400000,28800000,36000000';

/**
 * Notify reads only NOTIFY_* (plus the shared SEATPOOL_* and STRICT_DOMAIN_GUARD). Parsed once at
 * start; every problem is reported at once.
 */
export const notifyConfigSchema = commonConfigSchema
  .extend({
    NOTIFY_PORT: envPort(4004),
    /** PostgreSQL URL; without it the embedded SQLite file `<SEATPOOL_DATA_DIR>/notify.sqlite` is used. */
    NOTIFY_DATABASE_URL: z.preprocess(emptyAsUndefined, z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL').optional()),
    /** 32-byte key sealing webhook secrets at rest (64 hex chars or base64). Required in production. */
    NOTIFY_ENCRYPTION_KEY: z.preprocess(emptyAsUndefined, z.string().optional()),
    /** Introspection: default off in production (1/0 overrides). */
    NOTIFY_INTROSPECTION: envOptionalBool,
    /** Pool's and users' /graphql (internal queries with the signed `notify` identity). */
    NOTIFY_POOL_URL: z.url().default('http://127.0.0.1:4002/graphql'),
    NOTIFY_USERS_URL: z.url().default('http://127.0.0.1:4001/graphql'),
    /** How often events are read and capacity / token expiry are checked. */
    NOTIFY_POLL_MS: ms(5_000, 50, 3_600_000),
    /** How often due deliveries are looked for (a new notification also wakes the sender at once). */
    NOTIFY_SEND_INTERVAL_MS: ms(1_000, 50, 600_000),
    /** One attempt's time limit (connect + answer). */
    NOTIFY_DELIVERY_TIMEOUT_MS: ms(10_000, 100, 120_000),
    /** Waits before each retry, in ms, comma-separated; a delivery gets 1 + this many attempts. */
    NOTIFY_RETRY_SCHEDULE_MS: z
      .string()
      .default(DEFAULT_RETRY_SCHEDULE)
      .transform((v) => v.split(',').map((s) => Number(s.trim())))
      .refine((l) => l.length >= 1 && l.length <= 20 && l.every((n) => Number.isInteger(n) && n >= 1 && n <= 86_400_000), 'must be 1 to 20 comma-separated whole milliseconds (1 to 86400000)'),
    /** Consecutive failed attempts that disable an endpoint. */
    NOTIFY_MAX_CONSECUTIVE_FAILURES: z.coerce.number().int().min(1).max(10_000).default(50),
    /** Read users' events (`usersEvents`): off until the users service offers them. */
    NOTIFY_USERS_EVENTS: envBool(true),
    /** Default: on in production. Read raw here, resolved against NODE_ENV below. */
    STRICT_DOMAIN_GUARD: z.string().optional(),
    SEATPOOL_SIGNING_SECRET: z.string().min(32, 'must be at least 32 characters'),
  })
  .superRefine((c, ctx) => {
    if (c.NOTIFY_ENCRYPTION_KEY !== undefined && !isKey(c.NOTIFY_ENCRYPTION_KEY)) {
      ctx.addIssue({ code: 'custom', path: ['NOTIFY_ENCRYPTION_KEY'], message: 'must be 32 bytes, given as 64 hex characters or base64' });
    }
    if (c.NODE_ENV === 'production' && c.NOTIFY_ENCRYPTION_KEY === undefined) {
      ctx.addIssue({ code: 'custom', path: ['NOTIFY_ENCRYPTION_KEY'], message: 'is required in production' });
    }
    if (!envBool(false).safeParse(c.STRICT_DOMAIN_GUARD).success) {
      ctx.addIssue({ code: 'custom', path: ['STRICT_DOMAIN_GUARD'], message: 'must be a boolean (1/0, true/false, yes/no, on/off)' });
    }
  })
  .transform((c) => ({ ...c, STRICT_DOMAIN_GUARD: envBool(c.NODE_ENV === 'production').parse(c.STRICT_DOMAIN_GUARD) }));

export type NotifyConfig = z.infer<typeof notifyConfigSchema>;

function isKey(value: string): boolean {
  if (/^[0-9a-f]{64}$/i.test(value)) return true;
  return /^[A-Za-z0-9+/_-]+={0,2}$/.test(value) && Buffer.from(value, 'base64').length === 32;
}
