import type { EntityManager } from '@mikro-orm/core';
import { Mother, Seat } from '../entities';
import { conflict } from './common';

/**
 * Sets a mother's seat limit and makes its ledger match in one transaction: new FREE slots after
 * the highest one, or the highest-numbered FREE seats deleted (any free seats, not only the top
 * slots). Never below the seats in use; a seat taken meanwhile rolls everything back.
 */
export async function resizeSeats(em: EntityManager, motherId: string, seatLimit: number): Promise<void> {
  await em.transactional(async (tx) => {
    const seats = await tx.find(Seat, { mother: motherId }, { fields: ['id', 'slotIndex', 'status'], orderBy: { slotIndex: 'desc' }, disableIdentityMap: true });
    const inUse = seats.filter((s) => s.status !== 'free').length;
    if (seatLimit < inUse) throw conflict(`seatLimit cannot go below the ${inUse} seat(s) in use.`);
    if (seatLimit > seats.length) {
      const top = seats.length ? seats[0].slotIndex : -1;
      await tx.insertMany(Seat, Array.from({ length: seatLimit - seats.length }, (_, i) => ({ mother: motherId, slotIndex: top + 1 + i, status: 'free' as const })));
    } else if (seatLimit < seats.length) {
      const drop = seats.filter((s) => s.status === 'free').slice(0, seats.length - seatLimit).map((s) => s.id);
      const deleted = await tx.nativeDelete(Seat, { id: { $in: drop }, status: 'free' });
      if (deleted !== drop.length) throw conflict('Seats were taken while the limit changed; try again.');
    }
    await tx.nativeUpdate(Mother, { id: motherId }, { seatLimit });
  });
}
