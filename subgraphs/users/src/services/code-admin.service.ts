import type { EntityManager } from '@mikro-orm/core';
import { AppError } from '@seatpool/kit';
import { RedeemCode } from '../entities';
import { codeHash, normalizeCode } from './code-format';

/** Admin look-ups and state changes of single codes. */
export class CodeAdminService {
  constructor(private readonly em: EntityManager, private readonly deps: { hashKey: Buffer }) {}

  /** Finds a code by its plain text (any case, dashes optional); null when it does not exist. */
  async findByCode(plain: string): Promise<RedeemCode | null> {
    const normalized = normalizeCode(plain);
    return normalized ? this.em.findOne(RedeemCode, { codeHash: codeHash(this.deps.hashKey, normalized) }) : null;
  }

  /**
   * UNUSED, EXPIRED or USED → DISABLED (a used code keeps its binding and seat; it only stops
   * answering redeems). DISABLED stays as is. RESERVED → CONFLICT: a redeem is in flight, and
   * disabling under it would let pool seat an email for a dead code.
   */
  async disable(id: string): Promise<RedeemCode> {
    await this.em.nativeUpdate(RedeemCode, { id, status: { $in: ['unused', 'expired', 'used'] } }, { status: 'disabled' });
    const code = await this.em.findOne(RedeemCode, { id }, { refresh: true });
    if (!code) throw new AppError('NOT_FOUND', { detail: 'No redeem code has this id.' });
    if (code.status === 'reserved') throw new AppError('CONFLICT', { detail: 'A redeem of this code is in flight; try again shortly.' });
    return code;
  }
}
