import type { EntityManager } from '@mikro-orm/core';
import { AppError, ServiceCallError, sqlDate, sqlQuery, type Logger } from '@seatpool/kit';
import { randomUUID } from 'node:crypto';
import type { PoolClient } from '../clients/pool.client';
import { InviteRequest, RedeemCode, type CodeStatus } from '../entities';
import type { UsersMetrics } from '../metrics';
import { codeHash, parseCode } from './code-format';
import { parseEmail } from './email-address';
import { recordUsersEvent } from './users-events';
import { reservedOf, type Reserved, type ReservationService, type Settlement } from './reservation.service';

export type RedeemStatus = 'invite_sent' | 'already_in_team' | 'processing';
export interface RedeemResult {
  status: RedeemStatus;
  teamName: string | null;
  inviteRequestId: string;
}

export interface RedeemSagaDeps {
  hashKey: Buffer;
  pool: PoolClient;
  reservations: ReservationService;
  reservationTtlMs: number;
  now: () => Date;
  logger: Logger;
  metrics: UsersMetrics;
  requestId: string;
}

/** What the saga reads of a code: one hand-written SELECT by hash (the redeem path, see kit's direct-sql). */
interface CodeRow {
  id: string;
  status: CodeStatus;
  boundEmail: string | null;
  teamName: string | null;
  reservationKey: string | null;
  expiresAt: Date | null;
  motherGroupId: string | null;
  lifecycleDays: number;
  batchId: string | null;
}

const CODE_COLUMNS = 'id, status, bound_email, team_name, reservation_key, expires_at, mother_group_id, lifecycle_days, batch_id';

function codeRowOf(r: Record<string, unknown>): CodeRow {
  return {
    id: r.id as string,
    status: r.status as CodeStatus,
    boundEmail: (r.bound_email as string | null) ?? null,
    teamName: (r.team_name as string | null) ?? null,
    reservationKey: (r.reservation_key as string | null) ?? null,
    expiresAt: sqlDate(r.expires_at),
    motherGroupId: (r.mother_group_id as string | null) ?? null,
    lifecycleDays: Number(r.lifecycle_days),
    batchId: (r.batch_id as string | null) ?? null,
  };
}

async function readCode(em: EntityManager, hash: string): Promise<CodeRow | null> {
  const [r] = await sqlQuery<Record<string, unknown>>(em, `select ${CODE_COLUMNS} from redeem_code where code_hash = ?`, [hash]);
  return r ? codeRowOf(r) : null;
}

// A lost race re-reads the code and decides again; the code can only move forward a few times.
const MAX_ROUNDS = 3;

/**
 * The redeem saga (ARCHITECTURE §4): reserve the code, record the invite request, let pool place
 * the email under the reservation key, then bind the code or release it. An unknown outcome
 * (timeout, pool unreachable, still in flight) leaves the code reserved for the reconciler.
 */
export class RedeemSagaService {
  constructor(private readonly em: EntityManager, private readonly deps: RedeemSagaDeps) {}

  /** Redeems `code` for `email`; never places one reservation twice and never binds a code to two emails. */
  async redeem(input: { code: string; email: string }): Promise<RedeemResult> {
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    try {
      const result = await this.run(input);
      this.deps.metrics.redeemed(result.status, seconds());
      return result;
    } catch (err) {
      this.deps.metrics.redeemed(err instanceof AppError ? err.code.toLowerCase() : 'internal', seconds());
      if (!(err instanceof AppError) || err.code === 'INTERNAL') await this.recordInternalFailure();
      throw err;
    }
  }

  /**
   * An unexpected error is a failure on our side (the buyer sees INTERNAL): one
   * `users.redeem.failed` event in its own transaction, since the failed one rolled back. Best
   * effort: it must not hide the original error.
   */
  private async recordInternalFailure(): Promise<void> {
    try {
      await recordUsersEvent(this.em.fork(), 'users.redeem.failed', { reason: 'INTERNAL' }, this.deps.now());
    } catch (err) {
      this.deps.logger.error({ err }, 'users.redeem.failed (INTERNAL) could not be recorded');
    }
  }

  private async run(input: { code: string; email: string }): Promise<RedeemResult> {
    const email = parseEmail(input.email);
    const hash = codeHash(this.deps.hashKey, parseCode(input.code));
    // The usual case, an unused code: reserved (with its invite request) before anything is read.
    const key = randomUUID();
    const fresh = await this.deps.reservations.reserveUnused(hash, email, key, this.deps.reservationTtlMs, CODE_COLUMNS);
    if (fresh) return this.place(codeRowOf(fresh.code), email, key, fresh.inviteId);
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const code = await readCode(this.em, hash);
      if (!code) throw new AppError('CODE_INVALID');
      const answer = await this.decide(code, email);
      if (answer) return answer;
    }
    throw new AppError('CODE_USED');
  }

  /** One look at the code's state; null when a race was lost and the caller should look again. */
  private async decide(code: CodeRow, email: string): Promise<RedeemResult | null> {
    switch (code.status) {
      case 'disabled':
        throw new AppError('CODE_DISABLED');
      case 'expired':
        throw new AppError('CODE_EXPIRED');
      case 'used':
        if (code.boundEmail !== email) throw new AppError('CODE_USED');
        return this.alreadyBound(code);
      case 'reserved':
        return this.resume(code, email);
      case 'unused':
        if (code.expiresAt && code.expiresAt <= this.deps.now()) {
          await this.em.nativeUpdate(RedeemCode, { id: code.id, status: 'unused' }, { status: 'expired' });
          throw new AppError('CODE_EXPIRED');
        }
        return this.reserveAndPlace(code, email);
      default:
        throw new Error(`unknown code status ${String(code.status)}`);
    }
  }

  private async reserveAndPlace(code: CodeRow, email: string): Promise<RedeemResult | null> {
    const key = randomUUID();
    const invite = await this.deps.reservations.reserve(code.id, email, key, this.deps.reservationTtlMs);
    if (!invite) return null;
    return this.place(code, email, key, invite.id);
  }

  /** With the code reserved under `key`: let pool place the email, then bind or release the code. */
  private async place(code: CodeRow, email: string, key: string, inviteRequestId: string): Promise<RedeemResult> {
    const known = reservedOf(code, email);
    let settlement: Settlement;
    try {
      const placement = await this.deps.pool.placeEmail(
        { idempotencyKey: key, email, motherGroupId: code.motherGroupId ?? null },
        this.deps.requestId,
      );
      settlement = await this.deps.reservations.settle(key, placement, known);
    } catch (err) {
      settlement = await this.afterFailedCall(key, err, known);
    }
    return this.answer(settlement, inviteRequestId);
  }

  /**
   * A timeout or a network error says nothing about pool's outcome: the placement may still land,
   * so the code stays reserved. An error answer from pool means it did not finish: abort at once
   * so the user gets a clear answer instead of waiting for the reconciler.
   */
  private async afterFailedCall(key: string, err: unknown, known: Reserved): Promise<Settlement> {
    if (!(err instanceof ServiceCallError)) throw err;
    this.deps.logger.warn({ kind: err.kind, poolCode: err.code, placementKey: key }, 'placeEmail did not answer');
    if (err.kind === 'timeout' || err.kind === 'network') return { kind: 'pending' };
    try {
      return await this.deps.reservations.settle(key, await this.deps.pool.abortPlacement(key, this.deps.requestId), known);
    } catch (abortErr) {
      // The code stays reserved; the reconciler settles it. Not silent: an outage shows here.
      this.deps.logger.warn({ err: abortErr, placementKey: key }, 'abortPlacement after a failed placeEmail did not settle; left to the reconciler');
      return { kind: 'pending' };
    }
  }

  /** A retry by the reserving email: report pool's stored outcome, never start a second placement. */
  private async resume(code: CodeRow, email: string): Promise<RedeemResult | null> {
    const key = code.reservationKey;
    const invite = key ? await this.em.findOne(InviteRequest, { placementKey: key }, { refresh: true }) : null;
    if (!key || !invite) return null; // released meanwhile: look again
    if (invite.email !== email) throw new AppError('CODE_USED');
    let settlement: Settlement = { kind: 'pending' };
    try {
      settlement = await this.deps.reservations.settle(key, await this.deps.pool.placement(key, this.deps.requestId));
    } catch (err) {
      if (!(err instanceof ServiceCallError)) throw err;
      // Still PROCESSING for the user; the reconciler settles it. Not silent: an outage shows here.
      this.deps.logger.warn({ kind: err.kind, poolCode: err.code, placementKey: key }, 'placement look-up for a repeated redeem did not answer');
    }
    return this.answer(settlement, invite.id);
  }

  private async alreadyBound(code: CodeRow): Promise<RedeemResult> {
    const invite = await this.em.findOne(
      InviteRequest,
      { code: code.id, email: code.boundEmail!, status: { $in: ['sent', 'accepted'] } },
      { orderBy: { createdAt: 'desc' } },
    );
    if (!invite) throw new AppError('CODE_USED');
    return { status: 'already_in_team', teamName: code.teamName ?? null, inviteRequestId: invite.id };
  }

  private answer(settlement: Settlement, inviteRequestId: string): RedeemResult {
    switch (settlement.kind) {
      case 'placed':
        return {
          status: settlement.alreadyMember ? 'already_in_team' : 'invite_sent',
          teamName: settlement.teamName,
          inviteRequestId,
        };
      case 'released':
        throw new AppError(settlement.errorCode);
      case 'pending':
        return { status: 'processing', teamName: null, inviteRequestId };
    }
  }
}
