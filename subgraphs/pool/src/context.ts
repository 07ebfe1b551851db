import type { EntityManager } from '@mikro-orm/core';
import type { BaseContext } from '@seatpool/kit';
import { createLoaders, type PoolLoaders } from './loaders';
import { createServices, type PoolDeps, type PoolServices } from './services';

export interface PoolContext extends BaseContext {
  em: EntityManager;
  loaders: PoolLoaders;
  services: PoolServices;
}

/** Per request: the kit's `em` fork, the services on it and fresh loaders. */
export function poolContext(deps: PoolDeps) {
  return (base: BaseContext): PoolContext => {
    if (!base.em) throw new Error('the pool subgraph needs its ORM');
    const services = createServices(base.em, deps);
    return { ...base, em: base.em, services, loaders: createLoaders(services) };
  };
}
