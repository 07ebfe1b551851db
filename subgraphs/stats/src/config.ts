import { z } from 'zod';
import { commonConfigSchema, envPort } from '@seatpool/kit';

/** Stats reads only STATS_* and the shared SEATPOOL_* settings; it owns no business data. */
export const statsConfigSchema = commonConfigSchema.extend({
  STATS_PORT: envPort(4003),
  SEATPOOL_SIGNING_SECRET: z.string().min(32, 'must be at least 32 characters'),
});
export type StatsConfig = z.infer<typeof statsConfigSchema>;
