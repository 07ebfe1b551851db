import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import { Lease } from './lease.entity';

/**
 * Takes or renews the lease `name` for `holder` for `ttlMs`. True when `holder` holds it now.
 * Only conditional statements are used, so two replicas racing can never both win. False only
 * when another holder has it (the insert hit the primary key); any other database error is
 * thrown, so an outage is reported as one instead of looking like a lost race.
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
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException) return false; // the row exists and is not expired
    throw err;
  }
}

/** Gives the lease up early, e.g. on shutdown, so another replica can take over at once. */
export async function releaseLease(em: EntityManager, name: string, holder: string) {
  await em.nativeDelete(Lease, { name, holder });
}
