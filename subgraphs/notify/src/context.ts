import type { EntityManager } from '@mikro-orm/core';
import type { BaseContext } from '@seatpool/kit';
import { createServices, type NotifyDeps, type NotifyServices } from './services';

export interface NotifyContext extends BaseContext {
  em: EntityManager;
  services: NotifyServices;
}

/** Per request: the kit's `em` fork and the services on it. */
export function notifyContext(deps: NotifyDeps) {
  return (base: BaseContext): NotifyContext => {
    if (!base.em) throw new Error('the notify subgraph needs its ORM');
    return { ...base, em: base.em, services: createServices(base.em, deps) };
  };
}
