import type { EntityManager } from '@mikro-orm/core';
import { Lease } from './lease.entity';

/**
 * Takes or renews the lease `name` for `holder` for `ttlMs`. True when `holder` holds it now.
 * Only conditional statements are used, so two replicas racing can never both win.
 */
export async function acquireLease(em: EntityManager, name: string, holder: string, ttlMs: number, now = new Date()) {
  const expiresAt = new Date(now.getTime() + ttlMs);
  const renewed = await em.nativeUpdate(
    Lease,
    { name, $or: [{ holder }, { expiresAt: { $lt: now } }] },
    { holder, expiresAt },
  );
  if (renewed === 1) return true;
  try {
    await em.insert(Lease, { name, holder, expiresAt });
    return true;
  } catch {
    return false; // someone else holds it (the row exists and is not expired)
  }
}

/** Gives the lease up early, e.g. on shutdown, so another replica can take over at once. */
export async function releaseLease(em: EntityManager, name: string, holder: string) {
  await em.nativeDelete(Lease, { name, holder });
}
