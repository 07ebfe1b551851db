import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';

/** A route whose screen is its own chunk, loaded when first visited. */
export function lazyRoute(path: string | undefined, load: () => Promise<{ default: ComponentType }>, extra: Partial<RouteObject> = {}): RouteObject {
  const route = { lazy: async () => ({ Component: (await load()).default }), ...extra } as RouteObject;
  if (path === undefined) return { ...route, index: true } as RouteObject;
  return { ...route, path } as RouteObject;
}
