import { raw, type EntityManager, type FilterQuery } from '@mikro-orm/core';
import { AppError, pageWindow, ServiceCallError, type Page } from '@seatpool/kit';
import type { PoolClient } from '../clients/pool.client';
import { InviteRequest, RedeemCode, type InvitePurpose, type InviteStatus } from '../entities';
import type { UsersMetrics } from '../metrics';
import { reasonError } from '../public-messages';
import type { AuditService } from './audit.service';
import { codeHash, parseCode } from './code-format';
import { parseEmail } from './email-address';
import { cancelSentInvite, markAccepted } from './invite-transitions';
import { compact, emailFilter, likeAnywhere, newestFirst, timeRange, type TimeFilter } from './list-filters';

export interface InviteFilter extends TimeFilter {
  status?: InviteStatus | null;
  purpose?: InvitePurpose | null;
  email?: string | null;
  teamId?: string | null;
  codeId?: string | null;
  /** Part of the email. */
  search?: string | null;
}

export interface InviteAdminDeps {
  pool: PoolClient;
  audit: AuditService;
  metrics: UsersMetrics;
  now: () => Date;
  requestId: string;
  hashKey: Buffer;
}

type Opts = { audit?: boolean };

/** A batch job item's recorded attempt: its key (pool's resend key), when it started, and whether a lost worker started it. */
export interface ItemAttempt {
  key: string;
  startedAt: Date;
  resumed: boolean;
}
const RESEND_COOLDOWN_MS = 60_000;

/**
 * Invite administration through pool's internal API: resend, cancel (a pending invite) and remove
 * (a member or pending invite). Pool acts first; the local state (invite status, the code's seat)
 * and the audit entry then change in one transaction. Pool's events repair a change lost in between.
 */
export class InviteAdminService {
  constructor(private readonly em: EntityManager, private readonly deps: InviteAdminDeps) {}

  async list(filter: InviteFilter = {}, args: { page?: number | null; pageSize?: number | null } = {}): Promise<Page<InviteRequest>> {
    const window = pageWindow(args);
    const where = compact({
      status: filter.status ?? undefined,
      purpose: filter.purpose ?? undefined,
      email: emailFilter(filter.email),
      teamId: filter.teamId ?? undefined,
      code: filter.codeId ?? undefined,
      createdAt: timeRange(filter.createdFrom, filter.createdTo),
      ...(filter.search?.trim() ? { $and: [{ email: { $like: likeAnywhere(filter.search) } }] } : {}),
    }) as FilterQuery<InviteRequest>;
    return newestFirst(this.em, InviteRequest, where, window);
  }

  /**
   * Sends a SENT (not yet accepted) invite again. A batch job item passes its `attempt` (recorded
   * before this call): pool keeps the resend under that key, and a `resumed` attempt (its worker
   * died mid-call) first asks pool whether the resend already reached the upstream and, if so,
   * does not send it again (answers `repeated: true`).
   */
  async resend(id: string, opts: Opts & { attempt?: ItemAttempt } = {}): Promise<InviteRequest & { repeated?: boolean }> {
    const invite = await this.load(id);
    if (invite.status === 'accepted') throw reasonError('CONFLICT', 'INVITE_ALREADY_ACCEPTED');
    if (invite.status !== 'sent') throw new AppError('CONFLICT', { detail: `Only a SENT invite can be resent; this one is ${invite.status.toUpperCase()}.` });
    const attempt = opts.attempt;
    const earlier = attempt?.resumed ? await this.call('resend', () => this.deps.pool.placementResend(attempt.key, this.deps.requestId), null) : null;
    const placement = earlier
      ? null
      : await this.call('resend', () => this.deps.pool.resendPlacementInvite(invite.placementKey, this.deps.requestId, attempt?.key), opts.audit !== false ? id : null);
    const now = this.deps.now();
    await this.em.transactional(async (tx) => {
      const accepted = placement?.inviteState === 'ACCEPTED';
      // An attempt counts once: a resumed one whose first run already counted changes nothing.
      const where = attempt ? { id, status: 'sent' as const, $or: [{ resentAt: null }, { resentAt: { $lt: attempt.startedAt } }] } : { id, status: 'sent' as const };
      const n = await tx.nativeUpdate(InviteRequest, where, accepted ? { status: 'accepted', acceptedAt: now, updatedAt: now } : { resendCount: raw('resend_count + 1'), resentAt: now, updatedAt: now });
      if (accepted && n === 1) await markAccepted(tx, invite, now);
      if (opts.audit !== false) await this.deps.audit.record(tx, 'invite.resend', { type: 'invite', id }, { email: invite.email });
    });
    const fresh = await this.em.findOneOrFail(InviteRequest, { id }, { refresh: true });
    return earlier ? Object.assign(fresh, { repeated: true }) : fresh;
  }

  /** Cancels a SENT invite upstream and frees its seat; the code keeps its binding but no seat. */
  cancel(id: string, opts: Opts = {}): Promise<InviteRequest> {
    return this.release(id, 'CANCEL', ['sent'], opts);
  }

  /** Removes the member (or cancels the pending invite) upstream and frees the seat. */
  remove(id: string, opts: Opts = {}): Promise<InviteRequest> {
    return this.release(id, 'REMOVE', ['sent', 'accepted'], opts);
  }

  /** The code's owner asks for its invite again: proves ownership with code + email; at most once a minute. */
  async publicResend(input: { code: string; email: string }): Promise<{ teamName: string | null; inviteStatus: InviteStatus }> {
    const email = parseEmail(input.email);
    const code = await this.em.findOne(RedeemCode, { codeHash: codeHash(this.deps.hashKey, parseCode(input.code)) }, { refresh: true });
    if (!code || code.boundEmail !== email) throw new AppError('CODE_INVALID');
    if (code.status === 'disabled') throw new AppError('CODE_DISABLED');
    if (code.status === 'expired') throw new AppError('CODE_EXPIRED');
    const invite = code.seatKey ? await this.em.findOne(InviteRequest, { placementKey: code.seatKey }, { refresh: true }) : null;
    if (code.status !== 'used' || !invite) throw reasonError('CONFLICT', 'NO_SEAT');
    if (invite.status === 'accepted') throw reasonError('CONFLICT', 'INVITE_ALREADY_ACCEPTED');
    const now = this.deps.now();
    if (invite.resentAt && invite.resentAt.getTime() + RESEND_COOLDOWN_MS > now.getTime()) {
      throw reasonError('RATE_LIMITED', 'RESEND_COOLDOWN', { retryAfterSeconds: Math.ceil((invite.resentAt.getTime() + RESEND_COOLDOWN_MS - now.getTime()) / 1000) });
    }
    const resent = await this.resend(invite.id, { audit: false });
    return { teamName: resent.teamName ?? null, inviteStatus: resent.status };
  }

  private async release(id: string, reason: 'CANCEL' | 'REMOVE', allowed: InviteStatus[], opts: Opts): Promise<InviteRequest> {
    const invite = await this.load(id);
    if (invite.status === 'cancelled' || invite.status === 'removed') return invite; // done already
    if (!allowed.includes(invite.status)) {
      const hint = invite.status === 'accepted' ? ' The member accepted; use removeMember.' : '';
      throw new AppError('CONFLICT', { detail: `This invite is ${invite.status.toUpperCase()}.${hint}` });
    }
    await this.call(reason.toLowerCase(), () => this.deps.pool.releasePlacement({ idempotencyKey: invite.placementKey, reason }, this.deps.requestId), opts.audit !== false ? id : null);
    const now = this.deps.now();
    await this.em.transactional(async (tx) => {
      if (reason === 'CANCEL') await cancelSentInvite(tx, { placementKey: invite.placementKey, codeId: invite.code.id, reason }, now);
      else await tx.nativeUpdate(InviteRequest, { id, status: { $in: allowed } }, { status: 'removed', releaseReason: reason, updatedAt: now });
      await tx.nativeUpdate(RedeemCode, { seatKey: invite.placementKey }, { seatKey: null, currentTeamId: null });
      if (opts.audit !== false) await this.deps.audit.record(tx, reason === 'CANCEL' ? 'invite.cancel' : 'invite.remove', { type: 'invite', id }, { email: invite.email, teamId: invite.teamId });
    });
    return this.em.findOneOrFail(InviteRequest, { id }, { refresh: true });
  }

  private async load(id: string): Promise<InviteRequest> {
    const invite = await this.em.findOne(InviteRequest, { id }, { refresh: true });
    if (!invite) throw new AppError('NOT_FOUND', { detail: 'No invite request has this id.' });
    return invite;
  }

  /**
   * One pool call with its outcome counted; a failure is UPSTREAM_UNAVAILABLE (or pool's own
   * CONFLICT / NOT_FOUND) and, for an audited invite (`auditId`), leaves a `failed` audit entry.
   */
  private async call<T>(action: string, work: () => Promise<T>, auditId: string | null): Promise<T> {
    try {
      const placement = await work();
      this.deps.metrics.inviteAction(action, 'ok');
      return placement;
    } catch (err) {
      if (!(err instanceof ServiceCallError)) throw err;
      this.deps.metrics.inviteAction(action, 'failed');
      const code = err.code === 'CONFLICT' || err.code === 'NOT_FOUND' ? err.code : 'UPSTREAM_UNAVAILABLE';
      if (auditId) await this.deps.audit.record(this.em, `invite.${action}`, { type: 'invite', id: auditId }, { outcome: 'failed', error: code });
      if (code !== 'UPSTREAM_UNAVAILABLE') throw new AppError(code, { detail: 'Pool refused: the placement is not in a state that allows this.' });
      throw new AppError('UPSTREAM_UNAVAILABLE');
    }
  }
}
