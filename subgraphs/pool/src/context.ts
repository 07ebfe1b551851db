import type { EntityManager } from '@mikro-orm/core';
import type { BaseContext } from '@seatpool/kit';
import { createLoaders, type PoolLoaders } from './loaders';
import { createServices, type PoolDeps, type PoolServices } from './services';
import { AdminAuditService } from './services/admin-audit.service';

export interface PoolContext extends BaseContext {
  em: EntityManager;
  loaders: PoolLoaders;
  services: PoolServices;
  /** Admin actions of this request, for users' audit log (through the outbox). */
  audit: AdminAuditService;
}

/** Per request: the kit's `em` fork, the services on it and fresh loaders. */
export function poolContext(deps: PoolDeps) {
  return (base: BaseContext): PoolContext => {
    if (!base.em) throw new Error('the pool subgraph needs its ORM');
    const services = createServices(base.em, deps);
    const audit = new AdminAuditService(base.em, { identity: base.identity, requestId: base.requestId }, deps);
    return { ...base, em: base.em, services, loaders: createLoaders(services), audit };
  };
}
