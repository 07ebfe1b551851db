import { ConfigError } from '@seatpool/kit';
import { z } from 'zod';
import type { GatewayConfig } from '../config';

/** What a bucket is keyed by: the caller's address or API key, or a value from the operation's arguments. */
export const DIMENSIONS = ['address', 'apikey', 'code', 'email', 'account', 'account-address'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
export type CallerKind = 'anonymous' | 'admin' | 'apikey';

const ruleSchema = z.object({
  name: z.string().regex(/^[a-z0-9-]{1,40}$/, 'lower-case letters, digits and dashes'),
  /** Root fields the rule counts (each occurrence, aliases included), or `*`: once per operation. */
  fields: z.union([z.literal('*'), z.array(z.string().min(1)).min(1)]),
  callers: z.array(z.enum(['anonymous', 'admin', 'apikey'])).min(1),
  by: z.enum(DIMENSIONS),
  /** `field` (default): a bucket per listed field; `all`: one bucket for all listed fields together. */
  across: z.enum(['field', 'all']).optional(),
  limit: z.number().int().min(1),
  windowSeconds: z.number().int().min(1).max(86_400),
});
export type RateRuleSpec = z.infer<typeof ruleSchema>;

/**
 * The rule table. Defaults come from the GATEWAY_*_RATE_* knobs; GATEWAY_RATE_RULES (a JSON array
 * of rules) replaces the whole table for deployments that need other shapes.
 */
export function buildRateRules(config: GatewayConfig): RateRuleSpec[] {
  if (config.GATEWAY_RATE_RULES) return parseRules(config.GATEWAY_RATE_RULES);
  const pub = config.GATEWAY_PUBLIC_OPERATIONS;
  const resend = pub.filter((f) => /resend/i.test(f));
  const anyone: CallerKind[] = ['anonymous', 'admin', 'apikey'];
  const rules: RateRuleSpec[] = [
    // One budget per address for all public operations together, and one per operation.
    { name: 'public-address', fields: pub, across: 'all', callers: ['anonymous'], by: 'address', limit: config.GATEWAY_PUBLIC_RATE_PER_MINUTE, windowSeconds: 60 },
    { name: 'public-operation', fields: pub, callers: ['anonymous'], by: 'address', limit: config.GATEWAY_PUBLIC_OPERATION_RATE_PER_MINUTE ?? config.GATEWAY_PUBLIC_RATE_PER_MINUTE, windowSeconds: 60 },
    { name: 'public-code', fields: pub, callers: ['anonymous'], by: 'code', limit: config.GATEWAY_PUBLIC_SUBJECT_RATE_PER_MINUTE, windowSeconds: 60 },
    { name: 'public-email', fields: pub, callers: ['anonymous'], by: 'email', limit: config.GATEWAY_PUBLIC_SUBJECT_RATE_PER_MINUTE, windowSeconds: 60 },
    { name: 'login-address', fields: ['adminLogin'], callers: anyone, by: 'address', limit: config.GATEWAY_LOGIN_RATE_PER_5MIN, windowSeconds: 300 },
    // Per account *and* address: wrong passwords from strangers never spend the operator's budget.
    // Distributed guessing is slowed by users' account-wide delay (docs/operations/SECURITY.md §3).
    { name: 'login-account', fields: ['adminLogin'], callers: anyone, by: 'account-address', limit: config.GATEWAY_LOGIN_ACCOUNT_RATE_PER_5MIN, windowSeconds: 300 },
    { name: 'apikey', fields: '*', callers: ['apikey'], by: 'apikey', limit: config.GATEWAY_API_KEY_RATE_PER_MINUTE, windowSeconds: 60 },
  ];
  if (resend.length) {
    rules.push({ name: 'resend-email', fields: resend, callers: ['anonymous'], by: 'email', limit: config.GATEWAY_RESEND_RATE_PER_HOUR, windowSeconds: 3600 });
  }
  return rules;
}

function parseRules(json: string): RateRuleSpec[] {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new ConfigError(['GATEWAY_RATE_RULES: is not valid JSON']);
  }
  const parsed = z.array(ruleSchema).safeParse(raw);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `GATEWAY_RATE_RULES[${i.path.join('.')}]: ${i.message}`));
  }
  const names = parsed.data.map((r) => r.name);
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup) throw new ConfigError([`GATEWAY_RATE_RULES: rule name "${dup}" is used twice`]);
  return parsed.data;
}
