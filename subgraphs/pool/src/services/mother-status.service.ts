import type { EntityManager } from '@mikro-orm/core';
import { Mother, OutboxEvent, type MotherStatus } from '../entities';

/** Automatic status changes of a mother (token rejected, workspace gone, token expired). */
export class MotherStatusService {
  constructor(private readonly em: EntityManager, private readonly now: () => Date) {}

  /**
   * Takes an ACTIVE mother out of allocation and records why, with a `mother.status_changed`
   * outbox event in the same transaction. A mother that is no longer active is left as it is, so
   * racing placements that see the same 401 change it (and emit the event) once.
   */
  async deactivate(motherId: string, status: Exclude<MotherStatus, 'active'>, reason: string): Promise<boolean> {
    const at = this.now();
    return this.em.transactional(async (tx) => {
      const changed = await tx.nativeUpdate(Mother, { id: motherId, status: 'active' }, { status, statusReason: reason, statusChangedAt: at });
      if (changed !== 1) return false;
      await tx.insert(OutboxEvent, {
        type: 'mother.status_changed',
        motherId,
        payload: { motherId, from: 'active', to: status, reason, at: at.toISOString() },
        createdAt: at,
      });
      return true;
    });
  }
}
