import { raw, UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import { ServiceCallError, type Logger } from '@seatpool/kit';
import { randomUUID } from 'node:crypto';
import type { Placement, PoolClient } from '../clients/pool.client';
import { CodeEvent, InviteRequest, RedeemCode, SwitchRequest, type SwitchKind } from '../entities';
import type { UsersMetrics } from '../metrics';
import { cancelSentInvite } from './invite-transitions';
import { SeatReleaseService } from './seat-release.service';
import { recordUsersEvent, switchEnded } from './users-events';

export type SwitchOutcome =
  | { status: 'switched'; teamName: string | null; request: SwitchRequest }
  | { status: 'queued'; request: SwitchRequest }
  | { status: 'failed'; errorCode: 'UPSTREAM_UNAVAILABLE' | 'BAD_USER_INPUT'; request: SwitchRequest };

export interface SwitchExecutorDeps {
  pool: PoolClient;
  releases: SeatReleaseService;
  now: () => Date;
  logger: Logger;
  requestId: string;
  metrics: UsersMetrics;
  retryMs: number;
}

const EVENT_TYPE: Record<SwitchKind, 'switch' | 'refresh' | 'rebind'> = { switch: 'switch', admin: 'switch', requeue: 'switch', refresh: 'refresh', rebind: 'rebind' };
/** A code can change seat while it is USED, or DISABLED from USED (an in-flight move still lands). */
const holdsSeat = (c: RedeemCode) => c.status === 'used' || (c.status === 'disabled' && c.disabledFrom === 'used');

/**
 * Moves a code's email to a new seat: place first (a new idempotency key, excluding the current
 * mother), then give the old seat up — so a failed or queued move never costs the user the seat
 * they have. Every state change is conditional on the request's current key, so the public call,
 * the queue drain and the reconciler may race on one request without double effects.
 */
export class SwitchExecutor {
  constructor(private readonly em: EntityManager, private readonly deps: SwitchExecutorDeps) {}

  /** Opens a RUNNING request and makes its first attempt; null when the code already has an open request. */
  async start(code: RedeemCode, spec: { kind: SwitchKind; email: string; fromEmail?: string | null }, codeChanges: Partial<RedeemCode> = {}): Promise<SwitchOutcome | null> {
    const now = this.deps.now();
    const id = randomUUID();
    const key = randomUUID();
    const moving = spec.kind !== 'refresh' && spec.kind !== 'rebind';
    try {
      await this.em.transactional(async (tx) => {
        await tx.insert(SwitchRequest, {
          id, code: code.id, kind: spec.kind, email: spec.email, fromEmail: spec.fromEmail ?? null, status: 'running', openFor: code.id,
          placementKey: key, excludeMotherId: moving ? code.motherId ?? null : null, attempts: 1, attemptStartedAt: now,
          expiresAt: code.lifecycleEndsAt ?? null, createdAt: now, updatedAt: now,
        });
        await this.openInvite(tx, code.id, key, spec.email, spec.kind, now);
        if (Object.keys(codeChanges).length) await tx.nativeUpdate(RedeemCode, { id: code.id }, codeChanges);
      });
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) return null;
      throw err;
    }
    return this.attempt(id);
  }

  /** QUEUED → RUNNING under a fresh key, then one attempt (maintenance); null when another runner took it. */
  async retry(request: SwitchRequest): Promise<SwitchOutcome | null> {
    const now = this.deps.now();
    const key = randomUUID();
    const won = await this.em.transactional(async (tx) => {
      const n = await tx.nativeUpdate(
        SwitchRequest,
        { id: request.id, status: 'queued', attempts: request.attempts },
        { status: 'running', placementKey: key, attempts: request.attempts + 1, attemptStartedAt: now, updatedAt: now },
      );
      if (n === 1) await this.openInvite(tx, request.code.id, key, request.email, request.kind, now);
      return n === 1;
    });
    return won ? this.attempt(request.id) : null;
  }

  /** Applies pool's answer for the request's current key (also used by the reconciler). */
  async settle(requestId: string, placement: Placement | null): Promise<SwitchOutcome> {
    const request = await this.em.findOneOrFail(SwitchRequest, { id: requestId }, { refresh: true });
    if (request.status !== 'running') return this.outcomeOf(request);
    switch (placement?.status) {
      case 'PLACED':
      case 'RELEASED':
        return this.apply(request, placement);
      case 'FAILED':
        if (placement.errorCode === 'NO_CAPACITY') return this.queue(request, 'NO_CAPACITY');
        return this.fail(request, placement.errorCode === 'BAD_USER_INPUT' ? 'BAD_USER_INPUT' : 'UPSTREAM_UNAVAILABLE');
      case 'ABORTED':
        return this.queue(request, 'ABORTED');
      default:
        return { status: 'queued', request };
    }
  }

  private async attempt(requestId: string): Promise<SwitchOutcome> {
    const request = await this.em.findOneOrFail(SwitchRequest, { id: requestId }, { refresh: true });
    const code = await this.em.findOneOrFail(RedeemCode, { id: request.code.id }, { refresh: true });
    const key = request.placementKey!;
    try {
      const placement = await this.deps.pool.placeEmail(
        {
          idempotencyKey: key,
          email: request.email,
          motherGroupId: code.motherGroupId ?? null,
          excludeMotherIds: request.excludeMotherId ? [request.excludeMotherId] : [],
          preferRecentTeams: request.kind === 'refresh',
        },
        this.deps.requestId,
      );
      return await this.settle(requestId, placement);
    } catch (err) {
      if (!(err instanceof ServiceCallError)) throw err;
      this.deps.logger.warn({ kind: err.kind, poolCode: err.code, placementKey: key }, 'placeEmail for a switch did not answer');
      if (err.kind === 'timeout' || err.kind === 'network') return { status: 'queued', request }; // the reconciler finds out
      try {
        return await this.settle(requestId, await this.deps.pool.abortPlacement(key, this.deps.requestId));
      } catch (abortErr) {
        // Stays queued; the reconciler settles it. Not silent: an outage shows here.
        this.deps.logger.warn({ err: abortErr, placementKey: key }, 'abortPlacement for a switch did not settle; left to the reconciler');
        return { status: 'queued', request };
      }
    }
  }

  /** New seat placed: move the code onto it, record the event, give the old seat up. */
  private async apply(request: SwitchRequest, placement: Placement): Promise<SwitchOutcome> {
    const key = request.placementKey!;
    const now = this.deps.now();
    for (let round = 0; round < 3; round++) {
      const result = await this.em.transactional(async (tx) => {
        const code = await tx.findOneOrFail(RedeemCode, { id: request.code.id }, { refresh: true });
        const owner = request.fromEmail ?? request.email;
        const usable = holdsSeat(code) && code.boundEmail === owner;
        const closed = await tx.nativeUpdate(
          SwitchRequest,
          { id: request.id, status: 'running', placementKey: key },
          { status: usable ? 'succeeded' : 'cancelled', openFor: null, teamName: placement.teamName, finishedAt: now, updatedAt: now, lastError: usable ? null : 'CODE_NOT_ACTIVE' },
        );
        if (closed !== 1) return 'settled' as const;
        await recordUsersEvent(tx, 'users.switch.done', { codeId: code.id, fromMotherId: code.motherId, toMotherId: usable ? placement.motherId : null, status: usable ? 'SUCCEEDED' : 'CANCELLED' }, now);
        if (!usable) {
          // The code ended (expired, removed) while we were placing: the new seat is not wanted.
          await SeatReleaseService.record(tx, key, code.id, 'SWITCH', now);
          await tx.nativeUpdate(InviteRequest, { placementKey: key }, { status: 'cancelled', releaseReason: 'SWITCH', updatedAt: now });
          return 'orphan' as const;
        }
        const moved = await tx.nativeUpdate(
          RedeemCode,
          { id: code.id, status: code.status, seatKey: code.seatKey ?? null, boundEmail: owner },
          { ...this.counters(request.kind), boundEmail: request.email, seatKey: key, motherId: placement.motherId, currentTeamId: placement.teamId, teamName: placement.teamName, lastSwitchAt: now },
        );
        if (moved !== 1) throw new RetryApply();
        await tx.nativeUpdate(InviteRequest, { placementKey: key }, { status: 'sent', teamId: placement.teamId, teamName: placement.teamName, motherId: placement.motherId, errorCode: null, updatedAt: now });
        if (code.seatKey) {
          await SeatReleaseService.record(tx, code.seatKey, code.id, 'SWITCH', now);
          await cancelSentInvite(tx, { placementKey: code.seatKey, codeId: code.id, reason: 'SWITCH' }, now);
          await tx.nativeUpdate(InviteRequest, { placementKey: code.seatKey, status: 'accepted' }, { status: 'removed', releaseReason: 'SWITCH', updatedAt: now });
        }
        await tx.insert(CodeEvent, {
          id: randomUUID(), code: code.id, type: EVENT_TYPE[request.kind], actor: request.kind === 'admin' || request.kind === 'requeue' ? request.kind : owner, createdAt: now,
          detail: JSON.stringify({ kind: request.kind, email: request.email, fromEmail: request.fromEmail, fromTeamId: code.currentTeamId, fromTeamName: code.teamName, toTeamId: placement.teamId, toTeamName: placement.teamName }),
        });
        return code.seatKey ?? null;
      }).catch((err) => (err instanceof RetryApply ? ('retry' as const) : Promise.reject(err)));
      if (result === 'retry') continue;
      if (result === 'orphan') await this.deps.releases.releaseNow(key);
      else if (result !== 'settled' && result) await this.deps.releases.releaseNow(result);
      return this.outcomeOf(await this.em.findOneOrFail(SwitchRequest, { id: request.id }, { refresh: true }));
    }
    throw new Error(`switch ${request.id}: the code kept changing under the move`);
  }

  /** A user's switch uses one switch, a refresh or rebind one refresh; operator and after-sale moves are free. */
  private counters(kind: SwitchKind): Record<string, unknown> {
    if (kind === 'switch') return { switchCount: raw('switch_count + 1') };
    if (kind === 'refresh' || kind === 'rebind') return { refreshUsed: raw('refresh_used + 1') };
    return {};
  }

  /** No seat free: wait for the next attempt (or end, past the code's lifecycle); the old seat stays. */
  private async queue(request: SwitchRequest, reason: string): Promise<SwitchOutcome> {
    const now = this.deps.now();
    const expired = request.expiresAt && request.expiresAt <= now;
    await this.em.transactional(async (tx) => {
      const n = await tx.nativeUpdate(
        SwitchRequest,
        { id: request.id, status: 'running', placementKey: request.placementKey },
        expired
          ? { status: 'expired', openFor: null, lastError: reason, finishedAt: now, updatedAt: now }
          : { status: 'queued', lastError: reason, nextAttemptAt: new Date(now.getTime() + this.deps.retryMs), updatedAt: now },
      );
      if (n !== 1) return;
      await tx.nativeUpdate(InviteRequest, { placementKey: request.placementKey!, status: 'pending' }, { status: 'failed', errorCode: reason, updatedAt: now });
      if (expired) await switchEnded(tx, request.code.id, 'EXPIRED', now);
    });
    return this.outcomeOf(await this.em.findOneOrFail(SwitchRequest, { id: request.id }, { refresh: true }));
  }

  private async fail(request: SwitchRequest, errorCode: 'UPSTREAM_UNAVAILABLE' | 'BAD_USER_INPUT'): Promise<SwitchOutcome> {
    const now = this.deps.now();
    await this.em.transactional(async (tx) => {
      const n = await tx.nativeUpdate(SwitchRequest, { id: request.id, status: 'running', placementKey: request.placementKey }, { status: 'failed', openFor: null, lastError: errorCode, finishedAt: now, updatedAt: now });
      if (n !== 1) return;
      await tx.nativeUpdate(InviteRequest, { placementKey: request.placementKey!, status: 'pending' }, { status: 'failed', errorCode, updatedAt: now });
      await switchEnded(tx, request.code.id, 'FAILED', now);
    });
    return this.outcomeOf(await this.em.findOneOrFail(SwitchRequest, { id: request.id }, { refresh: true }));
  }

  private openInvite(tx: EntityManager, codeId: string, key: string, email: string, kind: SwitchKind, now: Date) {
    return tx.insert(InviteRequest, { id: randomUUID(), code: codeId, email, placementKey: key, status: 'pending', purpose: kind, createdAt: now, updatedAt: now });
  }

  /** What a request's state means for the caller. */
  outcomeOf(request: SwitchRequest): SwitchOutcome {
    this.deps.metrics.switched(request.kind, request.status);
    switch (request.status) {
      case 'succeeded':
        return { status: 'switched', teamName: request.teamName ?? null, request };
      case 'failed':
        return { status: 'failed', errorCode: request.lastError === 'BAD_USER_INPUT' ? 'BAD_USER_INPUT' : 'UPSTREAM_UNAVAILABLE', request };
      default:
        return { status: 'queued', request };
    }
  }
}

class RetryApply extends Error {}
