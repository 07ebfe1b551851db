import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { AppError, pageWindow, type Page } from '@seatpool/kit';
import { RedeemCode, SwitchRequest, type SwitchKind, type SwitchRequestStatus } from '../entities';
import { reasonError } from '../public-messages';
import type { AuditService } from './audit.service';
import { codeHash, parseCode } from './code-format';
import { parseEmail } from './email-address';
import { compact, emailFilter, newestFirst, timeRange, type TimeFilter } from './list-filters';
import type { SwitchExecutor, SwitchOutcome } from './switch-executor.service';
import { switchEnded } from './users-events';

export interface SwitchAnswer {
  status: 'switched' | 'queued';
  /** SWITCHED: the new team. QUEUED: the team the email keeps meanwhile. */
  teamName: string | null;
  code: RedeemCode;
}

export interface SwitchDeps {
  hashKey: Buffer;
  executor: SwitchExecutor;
  audit: AuditService;
  now: () => Date;
  dedupMs: number;
  refreshCooldownMs: number;
}

export interface SwitchRequestFilter extends TimeFilter {
  status?: SwitchRequestStatus | null;
  kind?: SwitchKind | null;
  email?: string | null;
  codeId?: string | null;
}

/**
 * Seat changes asked for by the code's owner (switch, refresh, rebind) or an operator. The rules
 * (ownership, limits, cooldown, one open request per code) live here; the move itself is the
 * SwitchExecutor's. A limit is consumed only when the move succeeds.
 */
export class SwitchService {
  constructor(private readonly em: EntityManager, private readonly deps: SwitchDeps) {}

  /** A new team on another mother; QUEUED (keeping the old seat) when no seat is free. */
  async requestSwitch(input: { code: string; email: string }): Promise<SwitchAnswer> {
    const { code, email } = await this.ownedCode(input.code, input.email);
    const recent = await this.recentSuccess(code, 'switch', email);
    if (recent) return { status: 'switched', teamName: recent.teamName ?? null, code };
    if (code.switchLimit !== null && code.switchLimit !== undefined && code.switchCount >= code.switchLimit) {
      throw reasonError('CONFLICT', 'SWITCH_LIMIT_REACHED');
    }
    return this.run(code, { kind: 'switch', email });
  }

  /**
   * Refresh (same email: a fresh seat, preferring teams it was in recently) or rebind (`newEmail`:
   * the seat moves to another email). Both use the code's refresh allowance and start its cooldown.
   */
  async refresh(input: { code: string; email: string; newEmail?: string | null }): Promise<SwitchAnswer> {
    const { code, email } = await this.ownedCode(input.code, input.email);
    const newEmail = input.newEmail ? parseEmail(input.newEmail) : null;
    if (newEmail === email) throw reasonError('BAD_USER_INPUT', 'SAME_EMAIL');
    const kind: SwitchKind = newEmail ? 'rebind' : 'refresh';
    const target = newEmail ?? email;
    const recent = await this.recentSuccess(code, kind, target);
    if (recent) return { status: 'switched', teamName: recent.teamName ?? null, code };
    if (code.refreshLimit !== null && code.refreshLimit !== undefined && code.refreshUsed >= code.refreshLimit) {
      throw reasonError('CONFLICT', 'REFRESH_LIMIT_REACHED');
    }
    const now = this.deps.now();
    if (code.refreshCooldownUntil && code.refreshCooldownUntil > now) {
      const retryAfterSeconds = Math.max(1, Math.ceil((code.refreshCooldownUntil.getTime() - now.getTime()) / 1000));
      throw reasonError('RATE_LIMITED', 'REFRESH_COOLDOWN', { retryAfterSeconds });
    }
    const cooldown = { refreshCooldownUntil: new Date(now.getTime() + this.deps.refreshCooldownMs) };
    return this.run(code, { kind, email: target, fromEmail: newEmail ? email : null }, cooldown);
  }

  /** An operator moves the code's email to another mother; uses no switch and ignores the limit. */
  async adminSwitch(codeId: string): Promise<SwitchAnswer> {
    const code = await this.em.findOne(RedeemCode, { id: codeId }, { refresh: true });
    if (!code) throw new AppError('NOT_FOUND', { detail: 'No redeem code has this id.' });
    if (code.status !== 'used' || !code.boundEmail) throw new AppError('CONFLICT', { detail: 'Only a USED code can be switched.' });
    const target = { type: 'code', id: code.id };
    try {
      const answer = await this.run(code, { kind: 'admin', email: code.boundEmail });
      await this.deps.audit.record(this.em, 'code.switch', target, { status: answer.status, teamName: answer.teamName });
      return answer;
    } catch (err) {
      await this.deps.audit.record(this.em, 'code.switch', target, { outcome: 'failed', error: err instanceof AppError ? err.code : 'INTERNAL' });
      throw err;
    }
  }

  /** Cancels a QUEUED request (a RUNNING one is already placing: CONFLICT). */
  async cancel(id: string): Promise<SwitchRequest> {
    const now = this.deps.now();
    const done = await this.em.transactional(async (tx) => {
      const n = await tx.nativeUpdate(SwitchRequest, { id, status: 'queued' }, { status: 'cancelled', openFor: null, finishedAt: now, updatedAt: now, lastError: 'CANCELLED' });
      if (n !== 1) return false;
      await this.deps.audit.record(tx, 'switch.cancel', { type: 'switch_request', id });
      const { code } = await tx.findOneOrFail(SwitchRequest, { id }, { fields: ['code'], refresh: true });
      await switchEnded(tx, code.id, 'CANCELLED', now);
      return true;
    });
    const request = await this.em.findOne(SwitchRequest, { id }, { refresh: true });
    if (!request) throw new AppError('NOT_FOUND', { detail: 'No switch request has this id.' });
    if (!done && request.status !== 'cancelled') throw new AppError('CONFLICT', { detail: `The request is ${request.status.toUpperCase()}; only a QUEUED one can be cancelled.` });
    return request;
  }

  async list(filter: SwitchRequestFilter = {}, args: { page?: number | null; pageSize?: number | null } = {}): Promise<Page<SwitchRequest>> {
    const window = pageWindow(args);
    const where = compact({
      status: filter.status ?? undefined,
      kind: filter.kind ?? undefined,
      email: emailFilter(filter.email),
      code: filter.codeId ?? undefined,
      createdAt: timeRange(filter.createdFrom, filter.createdTo),
    }) as FilterQuery<SwitchRequest>;
    return newestFirst(this.em, SwitchRequest, where, window);
  }

  private async run(code: RedeemCode, spec: { kind: SwitchKind; email: string; fromEmail?: string | null }, changes: Partial<RedeemCode> = {}): Promise<SwitchAnswer> {
    const open = await this.em.findOne(SwitchRequest, { openFor: code.id }, { refresh: true });
    let outcome: SwitchOutcome | null = open ? null : await this.deps.executor.start(code, spec, changes);
    if (!outcome) {
      const current = open ?? (await this.em.findOne(SwitchRequest, { openFor: code.id }, { refresh: true }));
      if (current && (current.kind !== spec.kind || current.email !== spec.email)) throw reasonError('CONFLICT', 'SWITCH_IN_PROGRESS');
      if (!current) throw reasonError('CONFLICT', 'SWITCH_IN_PROGRESS'); // closed between the two reads: ask again
      outcome = { status: 'queued', request: current };
    }
    const fresh = await this.em.findOneOrFail(RedeemCode, { id: code.id }, { refresh: true });
    if (outcome.status === 'failed') throw new AppError(outcome.errorCode);
    return { status: outcome.status, teamName: outcome.status === 'switched' ? outcome.teamName : fresh.teamName ?? null, code: fresh };
  }

  /** The request that succeeded moments ago for the same move: a retried call answers it instead of moving again. */
  private recentSuccess(code: RedeemCode, kind: SwitchKind, email: string): Promise<SwitchRequest | null> {
    const since = new Date(this.deps.now().getTime() - this.deps.dedupMs);
    return this.em.findOne(SwitchRequest, { code: code.id, kind, email, status: 'succeeded', finishedAt: { $gte: since } }, { orderBy: { finishedAt: 'desc' } });
  }

  /** The code, when it is USED, in its lifecycle and bound to `email`; anyone else gets CODE_INVALID. */
  private async ownedCode(plain: string, rawEmail: string): Promise<{ code: RedeemCode; email: string }> {
    const email = parseEmail(rawEmail);
    const code = await this.em.findOne(RedeemCode, { codeHash: codeHash(this.deps.hashKey, parseCode(plain)) }, { refresh: true });
    if (!code || code.boundEmail !== email) throw new AppError('CODE_INVALID');
    if (code.status === 'disabled') throw new AppError('CODE_DISABLED');
    if (code.status === 'expired' || (code.lifecycleEndsAt && code.lifecycleEndsAt <= this.deps.now())) throw new AppError('CODE_EXPIRED');
    if (code.status !== 'used') throw new AppError('CODE_INVALID');
    return { code, email };
  }
}
