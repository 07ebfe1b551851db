import type { ApolloServerPlugin } from '@apollo/server';
import { AppError } from '@seatpool/kit';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { GatewayContext } from '../context';
import { consume, type RateRule, type RateStore } from './rate-limiter';

/**
 * Rate limits the public door per client address: each listed root field of an operation costs
 * one hit in its own bucket. Admin callers are not limited here (they are authenticated).
 */
export function publicRateLimitPlugin(store: RateStore, rules: Record<string, RateRule>): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(rc) {
          const ctx = rc.contextValue;
          if (ctx.identity.kind !== 'anonymous') return;
          const op = rc.operation as OperationDefinitionNode;
          const fields = op.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []));
          for (const field of new Set(fields)) {
            const rule = rules[field];
            if (!rule) continue;
            const verdict = await consume(store, `${field}:${ctx.identity.ip ?? 'unknown'}`, rule);
            if (!verdict.ok) {
              throw new AppError('RATE_LIMITED', { extensions: { retryAfterSeconds: verdict.retryAfterS, http: { status: 429, headers: new Map([['retry-after', String(verdict.retryAfterS)]]) } } });
            }
          }
        },
      };
    },
  };
}
