import { z } from 'zod';
import { commonConfigSchema, envBool, envOptionalBool, envPort } from '@seatpool/kit';

const ms = (fallback: number, min: number, max: number) => z.coerce.number().int().min(min).max(max).default(fallback);
const emptyAsUndefined = (v: unknown) => (v === '' ? undefined : v);

/**
 * Pool reads only POOL_* (plus the shared SEATPOOL_* and STRICT_DOMAIN_GUARD). Parsed once at start;
 * every problem is reported at once.
 */
export const poolConfigSchema = commonConfigSchema
  .extend({
    POOL_PORT: envPort(4002),
    /** PostgreSQL URL; without it the embedded SQLite file `<SEATPOOL_DATA_DIR>/pool.sqlite` is used. */
    POOL_DATABASE_URL: z.preprocess(
      emptyAsUndefined,
      z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL').optional(),
    ),
    /** 32-byte key for sealing upstream tokens (64 hex chars or base64). Required in production. */
    POOL_ENCRYPTION_KEY: z.preprocess(emptyAsUndefined, z.string().optional()),
    /** Introspection: default off in production (1/0 overrides). */
    POOL_INTROSPECTION: envOptionalBool,
    POOL_UPSTREAM_URL: z.url().default('http://127.0.0.1:4010/backend-api'),
    /** How long a seat stays held for one placement attempt; must outlive the provider budget. */
    POOL_HOLD_TTL_MS: ms(120_000, 1_000, 3_600_000),
    POOL_UPSTREAM_ATTEMPT_TIMEOUT_MS: ms(8_000, 100, 120_000),
    POOL_UPSTREAM_RETRIES: z.coerce.number().int().min(0).max(10).default(2),
    POOL_UPSTREAM_BUDGET_MS: ms(30_000, 100, 600_000),
    /**
     * An invite whose outcome is unknown (timeout, crash) is looked up in the upstream's lists this
     * long after it was sent: by then the upstream has acted on it or never will. Also how long a
     * placement may stay silent before it counts as dead. Must exceed the budget.
     */
    POOL_UPSTREAM_SETTLE_MS: ms(35_000, 100, 600_000),
    POOL_MAINTENANCE_INTERVAL_MS: ms(10_000, 100, 3_600_000),
    /** Invites on the wire at once to one mother, per process; more wait in line (inside POOL_PLACEMENT_WAIT_MS). */
    POOL_UPSTREAM_CONCURRENCY_PER_MOTHER: z.coerce.number().int().min(1).max(100).default(4),
    /**
     * How long a placement may wait: for its turn at a mother, and behind seats held by placements
     * that may still fail, before it answers NO_CAPACITY. Keep wait + budget under users' placement timeout.
     */
    POOL_PLACEMENT_WAIT_MS: ms(10_000, 0, 120_000),
    /** Consecutive unhealthy answers that open a mother's circuit, and how long it stays open before one probe. */
    POOL_UPSTREAM_BREAKER_THRESHOLD: z.coerce.number().int().min(1).max(100).default(5),
    POOL_UPSTREAM_BREAKER_HALF_OPEN_MS: ms(15_000, 100, 600_000),
    /** Health check: mothers probed per maintenance round, and how old a probe may get. */
    POOL_HEALTH_BATCH: z.coerce.number().int().min(1).max(100).default(5),
    POOL_HEALTH_INTERVAL_MS: ms(1_800_000, 1_000, 86_400_000),
    /** Member/invite sync: mothers per round, and how old a sync may get. */
    POOL_SYNC_BATCH: z.coerce.number().int().min(1).max(100).default(5),
    POOL_SYNC_INTERVAL_MS: ms(600_000, 1_000, 86_400_000),
    /** Signed ingest: how old (seconds) a request's timestamp may be; nonces are kept that long. */
    POOL_INGEST_WINDOW_S: z.coerce.number().int().min(10).max(3_600).default(300),
    /** Upstream account checks a bulk import runs at once. */
    POOL_IMPORT_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(8),
    /** `{domain}` of child emails when a pool group sets none. */
    POOL_CHILD_EMAIL_DOMAIN: z.preprocess(emptyAsUndefined, z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/i, 'must be a domain name').optional()),
    /** Default: on in production. Read raw here, resolved against NODE_ENV below. */
    STRICT_DOMAIN_GUARD: z.string().optional(),
    SEATPOOL_SIGNING_SECRET: z.string().min(32, 'must be at least 32 characters'),
  })
  .superRefine((c, ctx) => {
    if (c.POOL_HOLD_TTL_MS <= c.POOL_UPSTREAM_BUDGET_MS) {
      ctx.addIssue({
        code: 'custom',
        path: ['POOL_HOLD_TTL_MS'],
        message: `must exceed POOL_UPSTREAM_BUDGET_MS (${c.POOL_UPSTREAM_BUDGET_MS}) so an in-flight upstream call never loses its seat`,
      });
    }
    if (c.POOL_UPSTREAM_SETTLE_MS <= c.POOL_UPSTREAM_BUDGET_MS) {
      ctx.addIssue({ code: 'custom', path: ['POOL_UPSTREAM_SETTLE_MS'], message: `must exceed POOL_UPSTREAM_BUDGET_MS (${c.POOL_UPSTREAM_BUDGET_MS}) so a live call is never judged dead` });
    }
    if (c.POOL_UPSTREAM_ATTEMPT_TIMEOUT_MS > c.POOL_UPSTREAM_BUDGET_MS) {
      ctx.addIssue({ code: 'custom', path: ['POOL_UPSTREAM_ATTEMPT_TIMEOUT_MS'], message: 'must not exceed POOL_UPSTREAM_BUDGET_MS' });
    }
    if (c.POOL_ENCRYPTION_KEY !== undefined && !isKey(c.POOL_ENCRYPTION_KEY)) {
      ctx.addIssue({ code: 'custom', path: ['POOL_ENCRYPTION_KEY'], message: 'must be 32 bytes, given as 64 hex characters or base64' });
    }
    if (!envBool(false).safeParse(c.STRICT_DOMAIN_GUARD).success) {
      ctx.addIssue({ code: 'custom', path: ['STRICT_DOMAIN_GUARD'], message: 'must be a boolean (1/0, true/false, yes/no, on/off)' });
    }
    if (c.NODE_ENV === 'production' && c.POOL_ENCRYPTION_KEY === undefined) {
      ctx.addIssue({ code: 'custom', path: ['POOL_ENCRYPTION_KEY'], message: 'is required in production' });
    }
  })
  .transform((c) => ({ ...c, STRICT_DOMAIN_GUARD: envBool(c.NODE_ENV === 'production').parse(c.STRICT_DOMAIN_GUARD) }));

export type PoolConfig = z.infer<typeof poolConfigSchema>;

function isKey(value: string): boolean {
  if (/^[0-9a-f]{64}$/i.test(value)) return true;
  return /^[A-Za-z0-9+/_-]+={0,2}$/.test(value) && Buffer.from(value, 'base64').length === 32;
}
