import { z } from 'zod';
import { commonConfigSchema, envOptionalBool, envPort } from '@seatpool/kit';

/** Stats reads only STATS_* and the shared SEATPOOL_* settings; it owns no business data. */
export const statsConfigSchema = commonConfigSchema.extend({
  STATS_PORT: envPort(4003),
  /** Introspection: default off in production (1/0 overrides). */
  STATS_INTROSPECTION: envOptionalBool,
  SEATPOOL_SIGNING_SECRET: z.string().min(32, 'must be at least 32 characters'),
});
export type StatsConfig = z.infer<typeof statsConfigSchema>;
