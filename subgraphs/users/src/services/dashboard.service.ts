import type { EntityManager } from '@mikro-orm/core';
import { CODE_STATUSES, INVITE_STATUSES, RedeemCode, type CodeStatus, type InviteStatus } from '../entities';

export interface UsersDashboard {
  codes: Record<CodeStatus, number> & { total: number };
  invites: Record<InviteStatus, number>;
  redeemableCodes: number;
}

/**
 * The users figures of the unified dashboard: aggregate queries only. Redeemable codes are the
 * unused ones minus the few whose expiry passed before maintenance marked them: a short range on
 * the (status, expiresAt) index instead of a second scan of every unused code.
 */
export class DashboardService {
  constructor(private readonly em: EntityManager, private readonly deps: { now: () => Date }) {}

  async figures(): Promise<UsersDashboard> {
    const conn = this.em.getConnection();
    const [codeRows, inviteRows, lapsed] = await Promise.all([
      conn.execute('select status, count(*) as n from redeem_code group by status') as Promise<StatusCount[]>,
      conn.execute('select status, count(*) as n from invite_request group by status') as Promise<StatusCount[]>,
      this.em.count(RedeemCode, { status: 'unused', expiresAt: { $lte: this.deps.now() } }),
    ]);
    const codes = tally(CODE_STATUSES, codeRows);
    const redeemableCodes = codes.unused - lapsed;
    return {
      codes: { ...codes, total: Object.values(codes).reduce((a, b) => a + b, 0) },
      invites: tally(INVITE_STATUSES, inviteRows),
      redeemableCodes,
    };
  }
}

type StatusCount = { status: string; n: number | string };

function tally<S extends string>(statuses: readonly S[], rows: StatusCount[]): Record<S, number> {
  const counts = new Map(rows.map((r) => [r.status, Number(r.n)]));
  return Object.fromEntries(statuses.map((s) => [s, counts.get(s) ?? 0])) as Record<S, number>;
}
