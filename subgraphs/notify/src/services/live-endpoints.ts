import { LockMode, type EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql'; // both drivers are SQL ones
import { isPostgres } from '@seatpool/kit';
import { WebhookEndpoint } from '../entities';

/**
 * The ids among `ids` whose endpoint still exists, each kept from being deleted until the caller's
 * transaction ends. Whatever is written for an endpoint (a delivery, its notify state) is written
 * only after this, so a delete racing a notification never leaves rows of an endpoint that is gone
 * (a delivery without its endpoint made the whole deliveries list answer NOT_FOUND). PostgreSQL:
 * `FOR SHARE` (a delete waits for this transaction, and one that committed first hides the row);
 * SQLite runs one write transaction at a time. `EndpointService.delete` removes the endpoint row
 * first for the same reason.
 */
export async function liveEndpoints(tx: EntityManager, ids: readonly string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const qb = (tx as SqlEntityManager).createQueryBuilder(WebhookEndpoint).select('id').where({ id: { $in: [...ids] } });
  if (isPostgres(tx) && tx.isInTransaction()) qb.setLockMode(LockMode.PESSIMISTIC_READ);
  const rows = (await qb.execute('all', false)) as { id: string }[];
  return new Set(rows.map((r) => r.id));
}
