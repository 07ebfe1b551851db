import { z } from 'zod';
import { commonConfigSchema, envBool, envPort } from '@seatpool/kit';
import { resolve } from 'node:path';

const positiveInt = (fallback: number, max = 1_000_000_000) => z.coerce.number().int().min(1).max(max).default(fallback);
const emptyAsUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const list = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean));

/**
 * Gateway settings: GATEWAY_* plus the shared SEATPOOL_* ones and REDIS_URL. Every limit has a
 * default that is safe for a public deployment; docs/operations/SECURITY.md explains each one.
 */
export const gatewayConfigSchema = commonConfigSchema
  .extend({
    GATEWAY_PORT: envPort(4000),
    SEATPOOL_SIGNING_SECRET: z.string().min(32, 'must be at least 32 characters'),
    GATEWAY_SUPERGRAPH_FILE: z.string().default(resolve(__dirname, '../../schema/supergraph.graphql')),
    /** Override a subgraph URL from the supergraph (e.g. in tests or behind service discovery). */
    GATEWAY_USERS_URL: z.url().optional(),
    GATEWAY_POOL_URL: z.url().optional(),
    GATEWAY_STATS_URL: z.url().optional(),
    /** The notify subgraph (webhooks); optional for readiness: the gateway is ready without it. */
    GATEWAY_NOTIFY_URL: z.url().optional(),
    /** Time allowed for one subgraph fetch. */
    GATEWAY_SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).default(60_000),

    // Browser safety. Introspection and the landing page default to "not in production".
    GATEWAY_INTROSPECTION: z.string().optional(),
    GATEWAY_LANDING_PAGE: z.string().optional(),
    /** Exact origins (scheme://host[:port]) allowed to call from a browser; empty: no CORS at all. */
    GATEWAY_CORS_ORIGINS: list(''),
    /** Strict-Transport-Security max-age in seconds; 0 sends no HSTS (set it when TLS ends in front of us). */
    GATEWAY_HSTS_MAX_AGE: z.coerce.number().int().min(0).default(0),

    // Query limits (graphql-armor), checked before anything runs.
    GATEWAY_MAX_BODY_BYTES: positiveInt(1_000_000, 10 * 1024 * 1024), // room for a bulk mother import; subgraphs accept 1 MiB
    GATEWAY_MAX_DEPTH: positiveInt(8, 1000),
    GATEWAY_MAX_ALIASES: positiveInt(15, 10_000),
    GATEWAY_MAX_COST: positiveInt(5_000),
    GATEWAY_MAX_TOKENS: positiveInt(1_000, 1_000_000),
    GATEWAY_MAX_DIRECTIVES: positiveInt(20, 10_000),

    // Rate limits (fixed windows; shared through Redis when REDIS_URL is set).
    /** Root fields counted as public operations (anonymous callers). */
    GATEWAY_PUBLIC_OPERATIONS: list('redeem,redeemStatus,requestSwitch,refreshCode,resendRedeemInvite,ingestMother'),
    /** All public operations together, per client address, per minute. */
    GATEWAY_PUBLIC_RATE_PER_MINUTE: positiveInt(30),
    /** Each public operation, per client address, per minute (unset: the same as the total). */
    GATEWAY_PUBLIC_OPERATION_RATE_PER_MINUTE: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(1_000_000_000).optional()),
    /** Each public operation, per redeem code and per email (from the operation's arguments), per minute. */
    GATEWAY_PUBLIC_SUBJECT_RATE_PER_MINUTE: positiveInt(10),
    /** Resend-like operations (names containing "resend"), per email, per hour: an inbox is not a target. */
    GATEWAY_RESEND_RATE_PER_HOUR: positiveInt(5),
    /** Admin login attempts per client address per 5 minutes. */
    GATEWAY_LOGIN_RATE_PER_5MIN: positiveInt(10),
    /** Admin login attempts per account from one client address per 5 minutes (never all addresses together: strangers must not lock the operator out). */
    GATEWAY_LOGIN_ACCOUNT_RATE_PER_5MIN: positiveInt(30),
    /** How long (ms) the gateway reuses users' answer for a session token; revocations through the gateway apply at once. 0: ask every time. */
    /** How long (ms) the gateway waits for users (session) or pool (API key) to check a caller before answering UPSTREAM_UNAVAILABLE. */
    GATEWAY_AUTH_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5_000),
    GATEWAY_SESSION_CACHE_MS: z.coerce.number().int().min(0).max(1_000).default(1_000),
    /** Operations per API key per minute. */
    GATEWAY_API_KEY_RATE_PER_MINUTE: positiveInt(600),
    /** JSON array replacing the whole rule table (see limits/rate-rules.ts); for unusual deployments. */
    GATEWAY_RATE_RULES: z.preprocess(emptyAsUndefined, z.string().optional()),
    /** Proxies whose X-Forwarded-For we believe: IPs, CIDRs, `loopback`, `private`. Empty: the socket address only. */
    GATEWAY_TRUSTED_PROXIES: list(''),
    /** Shared rate-limit and APQ store; unset: in memory (one replica). GATEWAY_REDIS_URL wins over REDIS_URL. */
    REDIS_URL: z.preprocess(emptyAsUndefined, z.string().regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL').optional()),
    GATEWAY_REDIS_URL: z.preprocess(emptyAsUndefined, z.string().regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL').optional()),
    /** Key prefix in Redis, so several deployments (or test runs) can share one server. */
    GATEWAY_REDIS_PREFIX: z.string().min(1).default('seatpool:gateway:'),

    // Authentication.
    /** Bearer tokens starting with this are API keys (checked by pool); anything else is an admin session. */
    GATEWAY_API_KEY_PREFIX: z.string().min(3).default('spk_'),

    // Persisted queries.
    /** Automatic persisted queries (hash-only requests after a first registration). */
    GATEWAY_APQ: envBool(true),
    /** Operation manifest (JSON); when set, only listed operations are accepted (safelisting). */
    GATEWAY_SAFELIST_FILE: z.preprocess(emptyAsUndefined, z.string().optional()),
    /** `enforce` refuses unlisted operations; `log` only reports them (to roll a safelist out). */
    GATEWAY_SAFELIST_MODE: z.enum(['enforce', 'log']).default('enforce'),
  })
  .superRefine((c, ctx) => {
    for (const key of ['GATEWAY_INTROSPECTION', 'GATEWAY_LANDING_PAGE'] as const) {
      if (!envBool(false).safeParse(c[key]).success) {
        ctx.addIssue({ code: 'custom', path: [key], message: 'must be a boolean (1/0, true/false, yes/no, on/off)' });
      }
    }
    for (const origin of c.GATEWAY_CORS_ORIGINS) {
      if (!/^https?:\/\/[^/\s]+$/.test(origin)) {
        ctx.addIssue({ code: 'custom', path: ['GATEWAY_CORS_ORIGINS'], message: `"${origin}" is not an origin (scheme://host[:port], no path)` });
      }
    }
  })
  .transform((c) => {
    const notProduction = c.NODE_ENV !== 'production';
    return {
      ...c,
      introspection: envBool(notProduction).parse(c.GATEWAY_INTROSPECTION),
      landingPage: envBool(notProduction).parse(c.GATEWAY_LANDING_PAGE),
      redisUrl: c.GATEWAY_REDIS_URL ?? c.REDIS_URL,
    };
  });
export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;
