import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { isPostgres, sqlQuery } from '@seatpool/kit';
import { Seat, type SeatOrigin } from '../entities';

export interface HoldRequest {
  motherId: string;
  teamId: string;
  email: string;
  placementKey: string;
  ttlMs: number;
  origin?: SeatOrigin;
  /** Answer `duplicate` even when the mother is full (one more read); placements skip it, their candidates already leave such teams out. */
  duplicateFirst?: boolean;
}

/** Holds a free seat of the first of several mothers that has one (see `holdFirst`). */
export interface HoldFirstRequest {
  /** In allocation order; at most `HOLD_FIRST_MAX` (callers page through longer lists). */
  candidates: { motherId: string; teamId: string }[];
  email: string;
  placementKey: string;
  ttlMs: number;
}

// Bound parameters per statement stay far below SQLite's limit (3 per candidate).
export const HOLD_FIRST_MAX = 200;

/** `duplicate`: this team already has the email on a held or used seat. */
export type HoldOutcome = { kind: 'held' } | { kind: 'full' } | { kind: 'duplicate' };

export const FREE_SEAT = { status: 'free' as const, email: null, teamId: null, heldUntil: null, placementKey: null, origin: null, usedAt: null };

/**
 * The seat ledger. Every transition is one conditional UPDATE whose row count decides who won, so
 * concurrent placements can never take the same seat; the unique (teamId, email) index makes a
 * second non-free seat for the same person in the same team impossible.
 */
export class SeatLedger {
  constructor(private readonly em: EntityManager, private readonly now: () => Date, private readonly signal?: { notify(): void }) {}

  /** Holds one free seat of the mother for `placementKey` until now + ttl; `full` when none is left. */
  async hold(req: HoldRequest): Promise<HoldOutcome> {
    // Without the look-first, the unique (teamId, email) index still refuses a duplicate, but only
    // when the mother has a free seat (a full one answers `full`).
    if (req.duplicateFirst && (await this.em.count(Seat, { teamId: req.teamId, email: req.email, status: { $ne: 'free' } }))) return { kind: 'duplicate' };
    const heldUntil = new Date(this.now().getTime() + req.ttlMs);
    return this.take(req.motherId, { status: 'held', email: req.email, teamId: req.teamId, placementKey: req.placementKey, heldUntil, origin: req.origin ?? 'placement' });
  }

  /**
   * Holds the lowest free slot of the first candidate mother (in the given order) that has one,
   * in one statement, with the candidate's team; answers which mother it was. In a burst this is
   * what keeps placements cheap: trying mothers one by one costs a failed statement for every
   * mother filled since the candidates were read (quadratic in the burst).
   */
  async holdFirst(req: HoldFirstRequest): Promise<{ kind: 'held'; motherId: string } | { kind: 'full' } | { kind: 'duplicate' }> {
    const list = req.candidates.slice(0, HOLD_FIRST_MAX);
    if (!list.length) return { kind: 'full' };
    // Hand-written (kit's direct-sql): the burst's hottest statement. The order is a literal case
    // (loop positions, no input), the seat's team a bound one; RETURNING names the mother.
    const marks = list.map(() => '?').join(', ');
    const order = list.map((_, i) => `when ? then ${i}`).join(' ');
    const team = list.map(() => 'when ? then ?').join(' ');
    const skipLocked = isPostgres(this.em) ? ' for update skip locked' : '';
    const sql =
      `update seat set status = 'held', email = ?, placement_key = ?, held_until = ?, origin = 'placement', team_id = case mother_id ${team} end ` +
      `where id = (select pick.id from seat pick where pick.mother_id in (${marks}) and pick.status = 'free' order by case pick.mother_id ${order} end, pick.slot_index limit 1${skipLocked}) ` +
      `and status = 'free' returning mother_id`;
    const params = [
      req.email, req.placementKey, new Date(this.now().getTime() + req.ttlMs),
      ...list.flatMap((c) => [c.motherId, c.teamId]),
      ...list.map((c) => c.motherId),
      ...list.map((c) => c.motherId),
    ];
    try {
      const [taken] = await sqlQuery<{ mother_id: string }>(this.em, sql, params);
      return taken ? { kind: 'held', motherId: taken.mother_id } : { kind: 'full' };
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) return { kind: 'duplicate' };
      throw err;
    }
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

  /**
   * One statement: the lowest free slot of the mother, taken only while it is still free. On
   * PostgreSQL the pick skips rows other transactions are taking (`for update skip locked`), so a
   * burst racing for one mother's seats spreads over them instead of colliding on the first free
   * slot and reading again; SQLite has one writer, so the pick and the update cannot interleave.
   * `full` means no free seat was left that nobody else was taking.
   */
  private async take(motherId: string, values: Partial<Seat>): Promise<HoldOutcome> {
    const em = this.em as SqlEntityManager; // both drivers are SQL ones
    const pick = em
      .createQueryBuilder(Seat, 'pick')
      .select('pick.id')
      .where({ mother: motherId, status: 'free' })
      .orderBy({ slotIndex: 'asc' })
      .limit(1);
    // Through knex: MikroORM allows lock modes only inside an explicit transaction; this is one
    // statement. `id = (…)`, not `in (…)`: PostgreSQL may rescan an IN subquery per row, and with
    // `limit 1 … skip locked` each rescan can pick another seat.
    const picked = isPostgres(this.em) ? pick.getKnexQuery().forUpdate().skipLocked() : pick.getKnexQuery();
    try {
      const taken = await em
        .createQueryBuilder(Seat)
        .update(values)
        .where({ id: picked, status: 'free' })
        .execute('run');
      return taken.affectedRows === 1 ? { kind: 'held' } : { kind: 'full' };
    } catch (err) {
      // A query builder's error comes raw from the driver: convert it like the entity manager does.
      // No `instanceof Error` guard: a native driver's error may come from another realm (jest's
      // per-file contexts share one loaded better-sqlite3), and conversion reads only its code.
      const converted = this.em.getDriver().convertException(err as Error);
      if (converted instanceof UniqueConstraintViolationException) return { kind: 'duplicate' };
      throw converted;
    }
  }
}
