import type { EntityManager } from '@mikro-orm/core';
import { AppError, type Lang } from './errors';
import type { Identity } from './identity';
import type { Logger } from './logger';

/** What every subgraph request carries, before the domain adds its loaders and services. */
export interface BaseContext {
  requestId: string;
  identity: Identity;
  lang: Lang;
  logger: Logger;
  /** A fork of the domain's entity manager, private to this request (absent for stats). */
  em?: EntityManager;
}

/** Admin operations: an operator session, or an API key carrying `scope` (when given). */
export function requireAdmin(ctx: Pick<BaseContext, 'identity'>, scope?: string): Identity {
  const { identity } = ctx;
  if (identity.kind === 'admin') return identity;
  if (identity.kind === 'apikey') {
    if (scope && identity.scopes.includes(scope)) return identity;
    throw new AppError('FORBIDDEN', { detail: scope ? `This API key lacks the ${scope} scope.` : undefined });
  }
  throw new AppError('UNAUTHENTICATED');
}

/**
 * Operations only an operator session may run (API keys, sessions, passwords): an API key is
 * refused whatever its scopes, so no key can mint, widen or revoke keys.
 */
export function requireAdminSession(ctx: Pick<BaseContext, 'identity'>, what = 'this operation'): Identity {
  const { identity } = ctx;
  if (identity.kind === 'admin') return identity;
  if (identity.kind === 'apikey') throw new AppError('FORBIDDEN', { detail: `Only an admin session may run ${what}; API keys cannot, whatever their scopes.` });
  throw new AppError('UNAUTHENTICATED');
}

/** Internal operations: only another seatpool service (never the public gateway path). */
export function requireService(ctx: Pick<BaseContext, 'identity'>, ...services: string[]): Identity {
  const { identity } = ctx;
  if (identity.kind !== 'service') throw new AppError(identity.kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
  if (services.length && !services.includes(identity.sub)) throw new AppError('FORBIDDEN');
  return identity;
}
