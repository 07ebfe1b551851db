import type { EntityManager } from '@mikro-orm/core';
import { inOrder, type BaseContext } from '@seatpool/kit';
import DataLoader from 'dataloader';
import type { WebhookEndpoint } from './entities';
import { createServices, type NotifyDeps, type NotifyServices } from './services';

export interface NotifyContext extends BaseContext {
  em: EntityManager;
  services: NotifyServices;
  loaders: ReturnType<typeof createLoaders>;
}

/** One set per request (the caches die with the request's entity manager); each batch is one query. */
function createLoaders(services: NotifyServices) {
  return {
    endpointById: new DataLoader<string, WebhookEndpoint | null>(inOrder((ids) => services.endpoints.byIds(ids), () => null)),
    recentFailures: new DataLoader<string, number>(inOrder((ids) => services.endpoints.recentFailures(ids), () => 0)),
  };
}

/** Per request: the kit's `em` fork and the services on it. */
export function notifyContext(deps: NotifyDeps) {
  return (base: BaseContext): NotifyContext => {
    if (!base.em) throw new Error('the notify subgraph needs its ORM');
    const services = createServices(base.em, deps);
    return { ...base, em: base.em, services, loaders: createLoaders(services) };
  };
}
