import type { EntityManager } from '@mikro-orm/core';
import { AppError } from '@seatpool/kit';
import { InviteRequest, RedeemCode, type CodeStatus, type InviteStatus } from '../entities';
import { codeHash, parseCode } from './code-format';
import { parseEmail } from './email-address';

export interface RedeemStatusView {
  codeStatus: CodeStatus;
  teamName: string | null;
  inviteStatus: InviteStatus | null;
  switchesLeft: number | null;
  expiresAt: Date | null;
}

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
    const code = await this.em.findOne(RedeemCode, { codeHash: codeHash(this.deps.hashKey, parseCode(plainCode)) });
    if (!code) throw new AppError('CODE_INVALID');
    const latest = await this.em.findOne(InviteRequest, { code: code.id }, { orderBy: { createdAt: 'desc', id: 'desc' } });
    if (code.boundEmail !== email && latest?.email !== email) throw new AppError('CODE_INVALID');
    const own = latest?.email === email ? latest : await this.em.findOne(InviteRequest, { code: code.id, email }, { orderBy: { createdAt: 'desc' } });
    return {
      codeStatus: code.status,
      teamName: code.boundEmail === email ? code.teamName ?? null : null,
      inviteStatus: own?.status ?? null,
      switchesLeft: null, // switching is not built yet
      expiresAt: code.expiresAt ?? null,
    };
  }
}
