import type { ApolloServerPlugin } from '@apollo/server';
import { AppError, normalizeCodeText, normalizeEmailText } from '@seatpool/kit';
import { createHmac } from 'node:crypto';
import type { Counter } from 'prom-client';
import type { GatewayContext } from '../context';
import { consume, type RateStore } from './rate-limiter';
import type { Dimension, RateRuleSpec } from './rate-rules';
import { rootFields, type RootField } from './root-fields';

type Caller = GatewayContext['identity'];

// Never truncated: an over-long value is refused by the operation guard (string caps) first.
const str = (v: unknown) => (typeof v === 'string' && v.length > 0 ? v : undefined);
const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/** A value from the field's arguments, at the top level or inside `input` (our one-input-per-mutation style). */
function argument(args: Record<string, unknown>, ...names: string[]): string | undefined {
  for (const name of names) {
    const v = str(args[name]) ?? str(obj(args.input)[name]);
    if (v) return v;
  }
  return undefined;
}

/**
 * Counts each operation against the rule table before it runs and refuses it with RATE_LIMITED
 * (HTTP 429, `Retry-After`, `extensions.retryAfterSeconds`) when any of its buckets is spent.
 * Codes, emails and account names are kept only as keyed hashes: the store never holds a secret.
 */
export function rateLimitPlugin(opts: {
  store: RateStore;
  rules: RateRuleSpec[];
  hashKey: string;
  limited?: Counter<'rule'>;
}): ApolloServerPlugin<GatewayContext> {
  const digest = (v: string) => createHmac('sha256', opts.hashKey).update(v).digest('base64url').slice(0, 22);

  const dimension = (by: Dimension, caller: Caller, field: RootField | undefined): string | undefined => {
    const args = field?.args ?? {};
    switch (by) {
      case 'address':
        return caller.ip ?? 'unknown';
      case 'apikey':
        return caller.kind === 'apikey' ? caller.sub : undefined;
      case 'code': {
        // Normalised exactly as users does: the same code typed with padding, dashes or lower case is one bucket.
        const raw = argument(args, 'code');
        const code = raw === undefined ? undefined : normalizeCodeText(raw);
        return code ? digest(`code:${code}`) : undefined;
      }
      case 'email': {
        const raw = argument(args, 'email');
        const email = raw === undefined ? undefined : normalizeEmailText(raw);
        return email ? digest(`email:${email}`) : undefined;
      }
      case 'account':
        // One admin account today; a named account (if the login input grows one) gets its own bucket.
        return digest(`account:${argument(args, 'username', 'account', 'email')?.toLowerCase() ?? 'admin'}`);
      case 'account-address':
        // An account from one address: strangers elsewhere cannot spend the operator's budget.
        return digest(`account:${argument(args, 'username', 'account', 'email')?.toLowerCase() ?? 'admin'}@${caller.ip ?? 'unknown'}`);
    }
  };

  return {
    async requestDidStart() {
      return {
        async didResolveOperation(rc) {
          if (!rc.operation) return; // no operation to run: operationGuard answers BAD_USER_INPUT
          const caller = rc.contextValue.identity;
          const fields = rootFields(rc.document, rc.operation, obj(rc.request.variables));
          const hits: { key: string; rule: RateRuleSpec }[] = [];
          for (const rule of opts.rules) {
            if (!rule.callers.includes(caller.kind as never)) continue;
            const matching = rule.fields === '*' ? [undefined] : fields.filter((f) => (rule.fields as string[]).includes(f.name));
            for (const field of matching) {
              const value = dimension(rule.by, caller, field);
              // `across: all`: one budget for every listed field together (e.g. all public operations).
              const scope = rule.across === 'all' ? '*' : field?.name ?? '*';
              if (value !== undefined) hits.push({ key: `${rule.name}:${scope}:${value}`, rule });
            }
          }
          if (!hits.length) return;
          const verdicts = await Promise.all(
            hits.map(({ key, rule }) => consume(opts.store, key, { limit: rule.limit, windowMs: rule.windowSeconds * 1000 })),
          );
          let worst: { rule: RateRuleSpec; retryAfterS: number } | undefined;
          verdicts.forEach((v, i) => {
            if (!v.ok && (!worst || v.retryAfterS > worst.retryAfterS)) worst = { rule: hits[i].rule, retryAfterS: v.retryAfterS };
          });
          if (!worst) return;
          opts.limited?.inc({ rule: worst.rule.name });
          rc.contextValue.logger.info({ rule: worst.rule.name, retryAfterS: worst.retryAfterS }, 'rate limited');
          throw new AppError('RATE_LIMITED', {
            extensions: {
              retryAfterSeconds: worst.retryAfterS,
              rateLimit: { rule: worst.rule.name, limit: worst.rule.limit, windowSeconds: worst.rule.windowSeconds },
              http: { status: 429, headers: new Map([['retry-after', String(worst.retryAfterS)]]) },
            },
          });
        },
      };
    },
  };
}
