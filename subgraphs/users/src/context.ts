import type { EntityManager } from '@mikro-orm/core';
import type { BaseContext } from '@seatpool/kit';
import { createLoaders, type UsersLoaders } from './loaders';
import { createServices, type UsersDeps, type UsersServices } from './services';

export interface UsersContext extends BaseContext {
  em: EntityManager;
  loaders: UsersLoaders;
  services: UsersServices;
}

/** Per request: the kit's forked entity manager, fresh loaders and the services around them. */
export function createContextFactory(deps: UsersDeps) {
  return (base: BaseContext): UsersContext => {
    if (!base.em) throw new Error('users needs an entity manager per request');
    const em = base.em;
    const services = createServices(em, deps, base.logger, base.requestId, base.identity);
    return { ...base, em, loaders: createLoaders(services), services };
  };
}
