import type { EntityManager } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import { RedeemCode } from './entities';

/** DataLoaders of one request: their caches live and die with the request's entity manager. */
export function createLoaders(em: EntityManager) {
  return {
    codeById: new DataLoader<string, RedeemCode | null>(async (ids) => {
      const rows = await em.find(RedeemCode, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((c) => [c.id, c]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
export type UsersLoaders = ReturnType<typeof createLoaders>;
