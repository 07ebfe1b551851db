import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import { Seat, type SeatOrigin } from '../entities';

export interface HoldRequest {
  motherId: string;
  teamId: string;
  email: string;
  placementKey: string;
  ttlMs: number;
  origin?: SeatOrigin;
}

/** `duplicate`: this team already has the email on a held or used seat. */
export type HoldOutcome = { kind: 'held'; seatId: number } | { kind: 'full' } | { kind: 'duplicate' };

export const FREE_SEAT = { status: 'free' as const, email: null, teamId: null, heldUntil: null, placementKey: null, origin: null, usedAt: null };
const CANDIDATES = 5;
const MAX_ROUNDS = 20;

/**
 * The seat ledger. Every transition is one conditional UPDATE whose row count decides who won, so
 * concurrent placements can never take the same seat; the unique (teamId, email) index makes a
 * second non-free seat for the same person in the same team impossible.
 */
export class SeatLedger {
  constructor(private readonly em: EntityManager, private readonly now: () => Date, private readonly signal?: { notify(): void }) {}

  /** Holds one free seat of the mother for `placementKey` until now + ttl; `full` when none is left. */
  async hold(req: HoldRequest): Promise<HoldOutcome> {
    if (await this.em.count(Seat, { teamId: req.teamId, email: req.email, status: { $ne: 'free' } })) return { kind: 'duplicate' };
    const heldUntil = new Date(this.now().getTime() + req.ttlMs);
    return this.take(req.motherId, { status: 'held', email: req.email, teamId: req.teamId, placementKey: req.placementKey, heldUntil, origin: req.origin ?? 'placement' });
  }

  /** Puts someone the upstream already shows straight on a free seat (USED); `full` when none is left. */
  occupy(motherId: string, teamId: string, email: string, placementKey: string, origin: SeatOrigin): Promise<HoldOutcome> {
    return this.take(motherId, { status: 'used', email, teamId, placementKey, heldUntil: null, origin, usedAt: this.now() });
  }

  /** Turns the seat held for `placementKey` into a used one; 0 when it is no longer held. */
  markUsed(placementKey: string, em: EntityManager = this.em): Promise<number> {
    // No wake-up here: a seat turning used frees nothing (waiters see the held count drop at their next poll).
    return em.nativeUpdate(Seat, { placementKey, status: 'held' }, { status: 'used', heldUntil: null, usedAt: this.now() });
  }

  /** Frees the seat held for `placementKey`, if any (a used seat is never touched). */
  async release(placementKey: string): Promise<number> {
    const n = await this.em.nativeUpdate(Seat, { placementKey, status: 'held' }, FREE_SEAT);
    if (n) this.signal?.notify();
    return n;
  }

  /** Frees the used seat of `placementKey`; with `usedBefore`, only a seat used before that instant. */
  freeUsed(placementKey: string, em: EntityManager = this.em, usedBefore?: Date): Promise<number> {
    return em.nativeUpdate(Seat, { placementKey, status: 'used', ...(usedBefore ? { usedAt: { $lt: usedBefore } } : {}) }, FREE_SEAT);
  }

  /** Frees one expired hold, unless it was renewed or taken over meanwhile. */
  async releaseExpired(seatId: number, placementKey: string | null, now: Date): Promise<number> {
    const n = await this.em.nativeUpdate(Seat, { id: seatId, status: 'held', placementKey, heldUntil: { $lt: now } }, FREE_SEAT);
    if (n) this.signal?.notify();
    return n;
  }

  /** Expired holds, oldest first (at most `limit`). */
  async expiredHolds(now: Date, limit = 500): Promise<{ id: number; placementKey: string | null }[]> {
    const rows = await this.em.find(
      Seat,
      { status: 'held', heldUntil: { $lt: now } },
      { fields: ['id', 'placementKey'], orderBy: { heldUntil: 'asc' }, limit, disableIdentityMap: true },
    );
    return rows.map((s) => ({ id: s.id, placementKey: s.placementKey ?? null }));
  }

  private async take(motherId: string, values: Partial<Seat>): Promise<HoldOutcome> {
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const free = await this.em.find(
        Seat,
        { mother: motherId, status: 'free' },
        { fields: ['id'], orderBy: { slotIndex: 'asc' }, limit: CANDIDATES, disableIdentityMap: true },
      );
      if (!free.length) return { kind: 'full' };
      for (const { id } of free) {
        try {
          if ((await this.em.nativeUpdate(Seat, { id, status: 'free' }, values)) === 1) return { kind: 'held', seatId: id };
        } catch (err) {
          if (err instanceof UniqueConstraintViolationException) return { kind: 'duplicate' };
          throw err;
        }
      }
    }
    return { kind: 'full' };
  }
}
