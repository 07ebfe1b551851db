import type { EntityManager } from '@mikro-orm/core';
import { statusCounts, withTotal } from '@seatpool/kit';
import { CODE_STATUSES, INVITE_STATUSES, RedeemCode, type CodeStatus, type InviteStatus } from '../entities';

export interface UsersDashboard {
  codes: Record<CodeStatus, number> & { total: number };
  invites: Record<InviteStatus, number>;
  redeemableCodes: number;
}

/**
 * The users figures of the unified dashboard: aggregate queries only. Redeemable codes are the
 * unused ones minus the few whose expiry passed before maintenance marked them: a short range on
 * the (status, expiresAt) index instead of a second scan of every unused code. Codes and invites
 * by status: `statusCounts` (the most frequent status is derived on SQLite, not scanned).
 */
export class DashboardService {
  constructor(private readonly em: EntityManager, private readonly deps: { now: () => Date }) {}

  async figures(): Promise<UsersDashboard> {
    const [codes, invites, lapsed] = await Promise.all([
      statusCounts(this.em, 'redeem_code', CODE_STATUSES),
      statusCounts(this.em, 'invite_request', INVITE_STATUSES),
      this.em.count(RedeemCode, { status: 'unused', expiresAt: { $lte: this.deps.now() } }),
    ]);
    return {
      codes: withTotal(codes),
      invites,
      redeemableCodes: codes.unused - lapsed,
    };
  }
}
