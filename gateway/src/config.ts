import { z } from 'zod';
import { commonConfigSchema, envBool, envPort } from '@seatpool/kit';
import { resolve } from 'node:path';

/** Gateway settings: GATEWAY_* plus the shared SEATPOOL_* ones. */
export const gatewayConfigSchema = commonConfigSchema
  .extend({
    GATEWAY_PORT: envPort(4000),
    SEATPOOL_SIGNING_SECRET: z.string().min(32, 'must be at least 32 characters'),
    GATEWAY_SUPERGRAPH_FILE: z.string().default(resolve(__dirname, '../../schema/supergraph.graphql')),
    /** Override a subgraph URL from the supergraph (e.g. in tests or behind service discovery). */
    GATEWAY_USERS_URL: z.url().optional(),
    GATEWAY_POOL_URL: z.url().optional(),
    GATEWAY_STATS_URL: z.url().optional(),
    /** Time allowed for one subgraph fetch. */
    GATEWAY_SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).default(60_000),
    GATEWAY_INTROSPECTION: envBool(false),
    /** Public operations (redeem, redeemStatus, requestSwitch) per client address per minute. */
    GATEWAY_PUBLIC_RATE_PER_MINUTE: z.coerce.number().int().min(1).default(30),
    /** Admin login attempts per client address per 5 minutes. */
    GATEWAY_LOGIN_RATE_PER_5MIN: z.coerce.number().int().min(1).default(10),
  })
  .transform((c) => ({ ...c, introspection: c.NODE_ENV !== 'production' || c.GATEWAY_INTROSPECTION }));
export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;
