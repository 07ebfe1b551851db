import type { EntityManager } from '@mikro-orm/core';
import type { Placement } from '../clients/pool.client';
import { randomUUID } from 'node:crypto';
import { sqlGuarded, sqlQuery, type SqlStatement } from '@seatpool/kit';
import { InviteRequest, RedeemCode } from '../entities';
import { usersEventSql } from './users-events';

const DAY_MS = 86_400_000;

/** What applying pool's answer did to a reserved code. */
export type Settlement =
  | { kind: 'placed'; teamName: string | null; alreadyMember: boolean }
  | { kind: 'released'; errorCode: 'NO_CAPACITY' | 'UPSTREAM_UNAVAILABLE' }
  | { kind: 'pending' };

/**
 * A reservation as its saga knows it: the code (id, lifecycle length, batch and mother group as
 * read when redeeming) and the reserving email. Binding stays conditional on the code being
 * reserved under the key.
 */
export interface Reserved {
  codeId: string;
  email: string;
  lifecycleDays: number;
  batchId: string | null;
  motherGroupId: string | null;
}

const releasedAs = (reason: string | null | undefined): 'NO_CAPACITY' | 'UPSTREAM_UNAVAILABLE' => (reason === 'NO_CAPACITY' ? 'NO_CAPACITY' : 'UPSTREAM_UNAVAILABLE');

/**
 * The state changes of a code reservation, shared by the redeem saga and the reconciler. Every
 * write is conditional on `status = 'reserved'` and the reservation key, and code and invite
 * change in one transaction, so the saga and the reconciler may race without double effects.
 */
export class ReservationService {
  constructor(private readonly em: EntityManager, private readonly now: () => Date) {}

  /** The same service on another entity manager (e.g. a fork per concurrent item). */
  on(em: EntityManager): ReservationService {
    return new ReservationService(em, this.now);
  }

  /**
   * `unused → reserved` in one conditional UPDATE, and the pending invite request with it (kit's
   * guarded write: one statement on PostgreSQL; a plain insert, no unit of work per redeem). Null when another request
   * got the code first (or it expired meanwhile); else the invite request's id.
   */
  async reserve(codeId: string, email: string, key: string, ttlMs: number): Promise<{ id: string } | null> {
    const now = this.now();
    const id = randomUUID();
    const won = await sqlGuarded(this.em, reserving('id', codeId, key, ttlMs, now), [pendingInvite(id, codeId, email, key, now)]);
    return won.length ? { id } : null;
  }

  /**
   * `unused → reserved` for the code with this hash, and its pending invite request, in one
   * guarded write that reads nothing first (the redeem path's usual case). Null when the code is
   * unknown, not unused or expired: the caller reads it and decides. `code`: the code's columns
   * `columns` names (as the saga reads a code).
   */
  async reserveUnused(codeHash: string, email: string, key: string, ttlMs: number, columns: string): Promise<{ code: Record<string, unknown>; inviteId: string } | null> {
    const now = this.now();
    const inviteId = randomUUID();
    const [code] = await sqlGuarded(this.em, reserving('code_hash', codeHash, key, ttlMs, now), [pendingInvite(inviteId, null, email, key, now)], columns);
    return code ? { code, inviteId } : null;
  }

  /**
   * Applies pool's answer for `key`; `pending` when the outcome is still open (or someone else
   * settled it). `known`: what the reserving saga already read (saves reading it again).
   */
  async settle(key: string, placement: Placement | null, known?: Reserved): Promise<Settlement> {
    switch (placement?.status) {
      case 'PLACED':
      case 'RELEASED': // placed, then given up before we heard: bind it; pool's event clears the seat
        return this.complete(key, placement, known);
      case 'FAILED':
      case 'ABORTED':
        return this.release(key, placement.errorCode ?? placement.status, known && { motherGroupId: known.motherGroupId });
      default:
        return { kind: 'pending' };
    }
  }

  /**
   * `reserved → used`, bound to the reserving email and the team pool placed it in, the lifecycle
   * started (first redeem), the seat recorded under the key, a `bind` event and the
   * `users.code.redeemed` outbox event; invite → sent.
   */
  async complete(key: string, placement: Placement, known?: Reserved): Promise<Settlement> {
    const now = this.now();
    // This call's conditional UPDATE won: the answer is known without reading it back.
    const reserved = known ?? (await this.reserved(this.em, key));
    if (!reserved) return this.outcome(key, placement.alreadyMember);
    const event = usersEventSql('users.code.redeemed', {
      codeId: reserved.codeId, batchId: reserved.batchId, motherGroupId: reserved.motherGroupId, motherId: placement.motherId!, teamId: placement.teamId, placementKey: key,
    }, now);
    const won = (await sqlGuarded(
      this.em,
      {
        sql: "update redeem_code set status = 'used', bound_email = ?, mother_id = ?, current_team_id = ?, team_name = ?, used_at = ?, reserved_until = null, seat_key = ?, lifecycle_started_at = ?, lifecycle_ends_at = ? where id = ? and reservation_key = ? and status = 'reserved'",
        params: [reserved.email, placement.motherId, placement.teamId, placement.teamName, now, key, now, new Date(now.getTime() + reserved.lifecycleDays * DAY_MS), reserved.codeId, key],
      },
      [
        {
          sql: "update invite_request set status = 'sent', team_id = ?, team_name = ?, mother_id = ?, error_code = null, updated_at = ? where placement_key = ? and status = 'pending'",
          params: [placement.teamId, placement.teamName, placement.motherId, now, key],
        },
        {
          sql: "insert into code_event (id, code_id, type, actor, detail, created_at) values (?, ?, 'bind', ?, ?, ?)",
          params: [randomUUID(), reserved.codeId, reserved.email, JSON.stringify({ teamId: placement.teamId, teamName: placement.teamName, alreadyMember: placement.alreadyMember }), now],
        },
        event,
      ],
    )).length > 0;
    if (won) return { kind: 'placed', teamName: placement.teamName ?? null, alreadyMember: placement.alreadyMember };
    return this.outcome(key, placement.alreadyMember);
  }

  /**
   * `reserved → unused` (the key is dropped, so a late answer cannot bind it); invite → failed;
   * a `users.redeem.failed` outbox event. `known`: the code's mother group as the caller read it
   * (else it is read here).
   */
  async release(key: string, reason: string, known?: { motherGroupId: string | null }): Promise<Settlement> {
    const now = this.now();
    const motherGroupId = known
      ? known.motherGroupId
      : ((await sqlQuery<{ mother_group_id: string | null }>(this.em, "select mother_group_id from redeem_code where reservation_key = ? and status = 'reserved'", [key]))[0]?.mother_group_id ?? null);
    const won = (await sqlGuarded(
      this.em,
      { sql: "update redeem_code set status = 'unused', reservation_key = null, reserved_until = null where reservation_key = ? and status = 'reserved'", params: [key] },
      [
        { sql: "update invite_request set status = 'failed', error_code = ?, updated_at = ? where placement_key = ? and status = 'pending'", params: [reason.slice(0, 64), now, key] },
        usersEventSql('users.redeem.failed', { reason: releasedAs(reason), motherGroupId }, now),
      ],
    )).length > 0;
    if (won) return { kind: 'released', errorCode: releasedAs(reason) };
    return this.outcome(key, false);
  }

  /** The reservation under `key` (code and reserving email), while the code is still reserved. */
  private async reserved(em: EntityManager, key: string): Promise<Reserved | null> {
    const invite = await em.findOne(InviteRequest, { placementKey: key }, { refresh: true });
    const code = await em.findOne(RedeemCode, { reservationKey: key, status: 'reserved' }, { refresh: true });
    return invite && code ? reservedOf(factsOf(code), invite.email) : null;
  }

  /** Reads where the reservation under `key` stands now, whoever settled it (this call or a racing one). */
  private async outcome(key: string, alreadyMember: boolean): Promise<Settlement> {
    const invite = await this.em.findOne(InviteRequest, { placementKey: key }, { refresh: true });
    if (invite?.status === 'failed') return { kind: 'released', errorCode: releasedAs(invite.errorCode) };
    if (invite && invite.status !== 'pending') {
      const code = await this.em.findOne(RedeemCode, { reservationKey: key }, { refresh: true });
      if (code) return { kind: 'placed', teamName: code.teamName ?? null, alreadyMember };
    }
    return { kind: 'pending' };
  }
}

/** The guard of a reservation: `unused → reserved` under `key`, for the code with this id or hash, unless it expired. */
function reserving(by: 'id' | 'code_hash', value: string, key: string, ttlMs: number, now: Date): SqlStatement {
  return {
    sql: `update redeem_code set status = 'reserved', reservation_key = ?, reserved_until = ? where ${by} = ? and status = 'unused' and (expires_at is null or expires_at > ?)`,
    params: [key, new Date(now.getTime() + ttlMs), value, now],
  };
}

/** The reservation's pending invite request; `codeId` null: the code its guard reserved. */
function pendingInvite(id: string, codeId: string | null, email: string, key: string, now: Date): SqlStatement {
  return {
    sql: `insert into invite_request (id, code_id, email, placement_key, status, purpose, resend_count, created_at, updated_at) values (?, ${codeId === null ? 'guard.id' : '?'}, ?, ?, 'pending', 'redeem', 0, ?, ?)`,
    params: codeId === null ? [id, email, key, now, now] : [id, codeId, email, key, now, now],
  };
}

/** What a reservation needs of a code entity. */
export function factsOf(code: RedeemCode): { id: string; lifecycleDays: number; batchId: string | null; motherGroupId: string | null } {
  return { id: code.id, lifecycleDays: code.lifecycleDays, batchId: code.batch?.id ?? null, motherGroupId: code.motherGroupId ?? null };
}

/** What the saga knows of a code it reserved for `email`. */
export function reservedOf(code: { id: string; lifecycleDays: number; batchId: string | null; motherGroupId: string | null }, email: string): Reserved {
  return { codeId: code.id, email, lifecycleDays: code.lifecycleDays, batchId: code.batchId, motherGroupId: code.motherGroupId };
}
