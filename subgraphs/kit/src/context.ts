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

/** Internal operations: only another seatpool service (never the public gateway path). */
export function requireService(ctx: Pick<BaseContext, 'identity'>, ...services: string[]): Identity {
  const { identity } = ctx;
  if (identity.kind !== 'service') throw new AppError(identity.kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
  if (services.length && !services.includes(identity.sub)) throw new AppError('FORBIDDEN');
  return identity;
}
