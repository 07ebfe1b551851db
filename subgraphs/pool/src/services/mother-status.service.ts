import type { EntityManager } from '@mikro-orm/core';
import { Mother, type MotherStatus } from '../entities';
import { emit } from './common';

/** Status changes of a mother, each with a `mother.status_changed` outbox event in the same transaction. */
export class MotherStatusService {
  constructor(private readonly em: EntityManager, private readonly now: () => Date) {}

  /**
   * Takes an ACTIVE mother out of allocation and records why. A mother that is no longer active is
   * left as it is, so racing placements that see the same 401 change it (and emit the event) once.
   */
  deactivate(motherId: string, status: Exclude<MotherStatus, 'active'>, reason: string): Promise<boolean> {
    return this.change(motherId, ['active'], status, reason);
  }

  /**
   * Moves a mother from one of `from` to `to` with one conditional UPDATE; false when it was in
   * none of them (someone else changed it first).
   */
  async change(motherId: string, from: MotherStatus[], to: MotherStatus, reason: string | null): Promise<boolean> {
    const at = this.now();
    return this.em.transactional(async (tx) => {
      const current = await tx.findOne(Mother, { id: motherId, status: { $in: from } }, { fields: ['status'], disableIdentityMap: true });
      if (!current) return false;
      const changed = await tx.nativeUpdate(Mother, { id: motherId, status: current.status }, { status: to, statusReason: reason, statusChangedAt: at });
      if (changed !== 1) return false;
      await emit(tx, at, { type: 'mother.status_changed', motherId, payload: { motherId, from: current.status, to, reason } });
      return true;
    });
  }
}
