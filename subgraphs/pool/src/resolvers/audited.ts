import type { PoolContext } from '../context';
import type { AdminAction } from '../services/admin-audit.service';

type Resolver<A, R> = (parent: unknown, args: A, ctx: PoolContext) => R | Promise<R>;

/**
 * Wraps an admin mutation so that, once it succeeded, the action is recorded for the audit log
 * (`describe` names the target and the input worth keeping; null skips, e.g. a dry run).
 * Refused or failed calls changed nothing and are not recorded.
 */
export function audited<A, R>(action: string, describe: (args: A, result: R) => Omit<AdminAction, 'action'> | null, resolve: Resolver<A, R>): Resolver<A, R> {
  return async (parent, args, ctx) => {
    const result = await resolve(parent, args, ctx);
    const entry = describe(args, result);
    if (entry) await ctx.audit.record({ action, ...entry });
    return result;
  };
}
