import { envBool } from '@seatpool/kit';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';

const CONSOLE_ROOT = resolve(__dirname, '../../../console');

/**
 * Web-page settings, read beside the gateway's own (GATEWAY_* only): where the built console
 * is, where its operation manifest is, whether GET /graphql shows GraphiQL, and whether the
 * safelist binds browsers only (API keys exempt).
 */
const webConfigSchema = z
  .object({
    NODE_ENV: z.string().default('development'),
    /** The console's build output (vite's dist/); empty or missing: the pages answer 503 with a hint. */
    GATEWAY_CONSOLE_DIR: z.string().default(resolve(CONSOLE_ROOT, 'dist')),
    /** The console's codegen manifest: its operations are known by hash even without a safelist. */
    GATEWAY_CONSOLE_MANIFEST: z.string().default(resolve(CONSOLE_ROOT, 'src/gql/persisted-documents.json')),
    /** Self-hosted GraphiQL at GET /graphql from a browser; default: on in development (`npm start`), off in test and production. */
    GATEWAY_GRAPHIQL: z.string().optional(),
    /** With a safelist: API-key callers keep the whole schema; browsers (sessions, anonymous) run only listed operations. */
    GATEWAY_SAFELIST_EXEMPT_API_KEYS: z.string().optional(),
  })
  .transform((c) => ({
    consoleDir: c.GATEWAY_CONSOLE_DIR,
    manifestFile: existsSync(c.GATEWAY_CONSOLE_MANIFEST) ? c.GATEWAY_CONSOLE_MANIFEST : undefined,
    graphiql: envBool(c.NODE_ENV === 'development').parse(c.GATEWAY_GRAPHIQL),
    safelistExemptsApiKeys: envBool(false).parse(c.GATEWAY_SAFELIST_EXEMPT_API_KEYS),
  }));

export type WebConfig = z.infer<typeof webConfigSchema>;

export function webConfig(env: NodeJS.ProcessEnv): WebConfig {
  return webConfigSchema.parse(env);
}
