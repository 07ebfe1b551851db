import type { EntityManager } from '@mikro-orm/core';
import type { Logger } from '@seatpool/kit';
import { randomUUID } from 'node:crypto';
import { AdminSession, RedeemCode } from '../entities';
import { createServices, type UsersDeps } from '../services';

// Expired or revoked sessions are kept a day for the audit trail, then deleted.
const SESSION_RETENTION_MS = 24 * 3_600_000;

/** One maintenance round (run under the `users-maintenance` lease by exactly one replica). */
export async function runMaintenance(em: EntityManager, deps: UsersDeps, logger: Logger): Promise<void> {
  const requestId = `maintenance-${randomUUID()}`;
  const now = deps.now();
  await createServices(em, deps, logger.child({ requestId }), requestId).reconciler.reconcile(requestId);
  const expired = await em.nativeUpdate(RedeemCode, { status: 'unused', expiresAt: { $lte: now } }, { status: 'expired' });
  if (expired) logger.info({ expired }, 'expired unused codes past their deadline');
  const cutoff = new Date(now.getTime() - SESSION_RETENTION_MS);
  await em.nativeDelete(AdminSession, { $or: [{ expiresAt: { $lt: cutoff } }, { revokedAt: { $lt: cutoff } }] });
}
