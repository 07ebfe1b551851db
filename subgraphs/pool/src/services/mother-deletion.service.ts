import type { EntityManager } from '@mikro-orm/core';
import { ChildAccount, Mother, Seat, Team } from '../entities';
import { OPERATOR_DISABLED } from '../entities/mother.entity';
import type { ChildAccountCommandService } from './child-account-command.service';
import { conflict, emit } from './common';
import type { PoolDeps } from './deps';
import { CHILD_KEY } from './member-sync.service';
import type { MotherCommandService } from './mother-command.service';
import type { MotherStatusService } from './mother-status.service';
import type { PlacementReleaseService } from './placement-release.service';

/**
 * Deleting a mother. Refused while seats are used unless `force`, which first releases every used
 * seat through the upstream (placements as REMOVE with `placement.released`, children removed).
 * The mother is disabled first so no new placement starts on it; a failed upstream release stops
 * the deletion with the seats released so far staying released.
 */
export class MotherDeletionService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: PoolDeps,
    private readonly mothers: MotherCommandService,
    private readonly status: MotherStatusService,
    private readonly releases: PlacementReleaseService,
    private readonly children: ChildAccountCommandService,
  ) {}

  delete(id: string, force = false): Promise<{ id: string; releasedSeats: number }> {
    return this.deps.metrics.timed('delete', async () => {
      const mother = await this.mothers.get(id);
      const busy = await this.em.find(Seat, { mother: mother.id, status: { $ne: 'free' } }, { fields: ['status', 'placementKey', 'origin'], disableIdentityMap: true });
      if (busy.some((s) => s.status === 'held')) throw conflict('A placement is in flight on this mother; try again in a minute.');
      if (busy.length && !force) throw conflict(`${busy.length} seat(s) are in use; delete with force to release them upstream first.`);
      if (mother.status !== 'disabled' || mother.statusReason !== OPERATOR_DISABLED) {
        await this.status.change(mother.id, ['active', 'invalid', 'disabled'], 'disabled', OPERATOR_DISABLED);
      }
      let releasedSeats = 0;
      for (const seat of busy) {
        if (seat.origin === 'child') await this.children.remove(seat.placementKey!.slice(CHILD_KEY.length));
        else await this.releases.release({ idempotencyKey: seat.placementKey!, reason: 'remove' }, 'operator');
        releasedSeats++;
      }
      await this.em.transactional(async (tx) => {
        if (await tx.count(Seat, { mother: mother.id, status: { $ne: 'free' } })) throw conflict('A seat was taken meanwhile; try again.');
        const at = this.deps.now();
        const teams = await tx.find(Team, { mother: mother.id }, { fields: ['teamId'], disableIdentityMap: true });
        for (const t of teams) await emit(tx, at, { type: 'team.lost', motherId: mother.id, teamId: t.teamId, payload: { motherId: mother.id, teamId: t.teamId, reason: 'mother_deleted' } });
        await emit(tx, at, { type: 'mother.status_changed', motherId: mother.id, payload: { motherId: mother.id, from: 'disabled', to: 'deleted', reason: 'deleted_by_operator' } });
        await tx.nativeDelete(ChildAccount, { mother: mother.id });
        await tx.nativeDelete(Seat, { mother: mother.id });
        await tx.nativeDelete(Team, { mother: mother.id });
        await tx.nativeDelete(Mother, { id: mother.id });
      });
      this.deps.logger.info({ motherId: mother.id, releasedSeats }, 'mother deleted');
      return { id: mother.id, releasedSeats };
    });
  }
}
