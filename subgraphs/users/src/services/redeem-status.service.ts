import type { EntityManager } from '@mikro-orm/core';
import { AppError } from '@seatpool/kit';
import { InviteRequest, RedeemCode, SwitchRequest, type CodeStatus, type InviteStatus } from '../entities';
import { codeHash, parseCode } from './code-format';
import { parseEmail } from './email-address';

export interface RedeemStatusView {
  codeStatus: CodeStatus;
  teamName: string | null;
  inviteStatus: InviteStatus | null;
  switchesLeft: number | null;
  refreshesLeft: number | null;
  switchQueued: boolean;
  expiresAt: Date | null;
  lifecycleEndsAt: Date | null;
}

const left = (limit: number | null | undefined, used: number) => (limit === null || limit === undefined ? null : Math.max(0, limit - used));

/** What the end user may see about their own code. */
export class RedeemStatusService {
  constructor(private readonly em: EntityManager, private readonly deps: { hashKey: Buffer }) {}

  /**
   * Answers only to the email the code is bound to, or the email of its latest redeem attempt
   * (which covers a reservation in flight and a failed attempt); anyone else gets CODE_INVALID,
   * exactly like an unknown code, so the answer never reveals that a code exists.
   */
  async redeemStatus(plainCode: string, rawEmail: string): Promise<RedeemStatusView> {
    const email = parseEmail(rawEmail);
    const code = await this.em.findOne(RedeemCode, { codeHash: codeHash(this.deps.hashKey, parseCode(plainCode)) }, { refresh: true });
    if (!code) throw new AppError('CODE_INVALID');
    const latest = await this.em.findOne(InviteRequest, { code: code.id }, { orderBy: { createdAt: 'desc', id: 'desc' } });
    const bound = code.boundEmail === email;
    if (!bound && latest?.email !== email) throw new AppError('CODE_INVALID');
    // The invite of the seat the code holds, else the email's latest attempt.
    const seat = bound && code.seatKey ? await this.em.findOne(InviteRequest, { placementKey: code.seatKey }) : null;
    const own = seat ?? (latest?.email === email ? latest : await this.em.findOne(InviteRequest, { code: code.id, email }, { orderBy: { createdAt: 'desc' } }));
    const open = bound ? await this.em.count(SwitchRequest, { openFor: code.id }) : 0;
    return {
      codeStatus: code.status,
      teamName: bound && code.seatKey ? code.teamName ?? null : null,
      inviteStatus: own?.status ?? null,
      switchesLeft: left(code.switchLimit, code.switchCount),
      refreshesLeft: left(code.refreshLimit, code.refreshUsed),
      switchQueued: open > 0,
      expiresAt: code.lifecycleEndsAt ?? code.expiresAt ?? null,
      lifecycleEndsAt: code.lifecycleEndsAt ?? null,
    };
  }
}
