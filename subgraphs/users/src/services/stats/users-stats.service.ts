import type { EntityManager } from '@mikro-orm/core';
import { CODE_STATUSES, type CodeStatus } from '../../entities';
import { cachedFigures } from '@seatpool/kit';
import { bucketCounts, instant, unindexed, windowKey, type BucketCount, type TrendWindow } from '@seatpool/kit';

type Row = Record<string, unknown>;
const num = (v: unknown) => Number(v ?? 0);

/** An invite that reached the upstream: it was sent, and may since have been accepted, cancelled or removed. */
export const DELIVERED = ['sent', 'accepted', 'cancelled', 'removed'] as const;
const delivered = (status = 'status') => `${status} in (${DELIVERED.map((s) => `'${s}'`).join(', ')})`;

export interface QueueCounts {
  open: Record<string, number>;
  oldest: Date | null;
}

export interface RedeemWindow {
  attempts: number;
  succeeded: number;
  failed: number;
  pending: number;
  successRate: number | null;
}

export interface InviteUsage {
  codesRedeemed: number;
  invitesDelivered: number;
  invitesAccepted: number;
}

/** A mother group's users figures: its codes by status plus the invite usage. */
export type GroupFigures = InviteUsage & { codes: Record<CodeStatus, number> & { total: number } };

export type UsersSeries = 'redeems' | 'invitesSent' | 'invitesFailed' | 'switches';

/** The time column and condition of each users series; each reads one index range (`status` = the column, never its index). */
const SERIES: Record<UsersSeries, { table: string; column: string; where?: (status: string) => string }> = {
  redeems: { table: 'redeem_code', column: 'used_at' },
  invitesSent: { table: 'invite_request', column: 'created_at', where: delivered },
  invitesFailed: { table: 'invite_request', column: 'created_at', where: (status) => `${status} = 'failed'` },
  switches: { table: 'switch_request', column: 'finished_at', where: () => "status = 'succeeded'" },
};

const WINDOWS = { lastHour: 3_600_000, last24Hours: 86_400_000, last7Days: 7 * 86_400_000 } as const;

/**
 * The users share of the statistics (docs/architecture/STATS.md): every figure is one aggregate
 * query over indexed columns, never a row load; figure sets are cached per database state.
 */
export class UsersStatsService {
  constructor(private readonly em: EntityManager, private readonly now: () => Date = () => new Date()) {}

  private rows(sql: string, params: unknown[] = []): Promise<Row[]> {
    return this.em.getConnection().execute(sql, params) as Promise<Row[]>;
  }

  /** Open switch requests: QUEUED (waiting for a seat) and RUNNING, with the oldest queued one. */
  switchQueue(): Promise<QueueCounts> {
    return cachedFigures(this.em, 'switchQueue', () => this.queue('switch_request', ['queued', 'running'], 'queued'));
  }

  /** Batch jobs waiting (PENDING) or running, with the oldest pending one. */
  batchQueue(): Promise<QueueCounts> {
    return cachedFigures(this.em, 'batchQueue', () => this.queue('batch_job', ['pending', 'running'], 'pending'));
  }

  private async queue(table: string, statuses: string[], waiting: string): Promise<QueueCounts> {
    const rows = await this.rows(
      `select status, count(*) as n, min(created_at) as oldest from ${table} where status in (${statuses.map(() => '?').join(', ')}) group by status`,
      statuses,
    );
    const open = Object.fromEntries(statuses.map((s) => [s, num(rows.find((r) => r.status === s)?.n)]));
    return { open, oldest: instant(rows.find((r) => r.status === waiting)?.oldest) };
  }

  /** Redeems that reached placement in the last hour, 24 hours and 7 days: one grouped query over 7 days. */
  redeemSuccess(): Promise<Record<keyof typeof WINDOWS, RedeemWindow>> {
    return cachedFigures(this.em, 'redeemSuccess', async () => {
      const now = this.now().getTime();
      const rows = await this.rows(
        `select status, count(*) as week, sum(case when created_at >= ? then 1 else 0 end) as day, sum(case when created_at >= ? then 1 else 0 end) as hour
         from invite_request where created_at >= ? and purpose = 'redeem' group by ${unindexed(this.em, 'status')}`,
        [new Date(now - WINDOWS.last24Hours), new Date(now - WINDOWS.lastHour), new Date(now - WINDOWS.last7Days)],
      );
      const window = (col: 'week' | 'day' | 'hour'): RedeemWindow => {
        const count = (pick: (s: string) => boolean) => rows.filter((r) => pick(String(r.status))).reduce((a, r) => a + num(r[col]), 0);
        const succeeded = count((s) => (DELIVERED as readonly string[]).includes(s));
        const failed = count((s) => s === 'failed');
        const pending = count((s) => s === 'pending');
        const finished = succeeded + failed;
        return { attempts: finished + pending, succeeded, failed, pending, successRate: finished ? round(succeeded / finished) : null };
      };
      return { lastHour: window('hour'), last24Hours: window('day'), last7Days: window('week') };
    });
  }

  /** One users series over a trend window: the non-empty buckets only. */
  series(name: UsersSeries, w: TrendWindow): Promise<BucketCount[]> {
    const s = SERIES[name];
    return cachedFigures(this.em, `series:${name}:${windowKey(w)}`, () => bucketCounts(this.em, s.table, s.column, w, s.where?.(unindexed(this.em, 'status'))));
  }

  /** Per mother: codes whose current (or last) seat is on it, invites delivered there and accepted. */
  async byMother(motherIds: readonly string[]): Promise<InviteUsage[]> {
    const ids = [...motherIds];
    const marks = ids.map(() => '?').join(', ');
    const [codes, invites] = await Promise.all([
      this.rows(`select mother_id as k, count(*) as n from redeem_code where mother_id in (${marks}) group by mother_id`, ids),
      this.rows(
        `select mother_id as k, count(*) as n, sum(case when accepted_at is not null then 1 else 0 end) as accepted
         from invite_request where mother_id in (${marks}) and ${delivered()} group by mother_id`,
        ids,
      ),
    ]);
    return ids.map((id) => usage(id, codes, invites));
  }

  /** Per mother group: codes restricted to it by status, how many were redeemed, their invites (cached: a join). */
  byMotherGroup(groupIds: readonly string[]): Promise<GroupFigures[]> {
    return cachedFigures(this.em, `byMotherGroup:${groupIds.join(',')}`, () => this.motherGroups([...groupIds]));
  }

  private async motherGroups(ids: string[]): Promise<GroupFigures[]> {
    const marks = ids.map(() => '?').join(', ');
    const [codes, invites] = await Promise.all([
      this.rows(
        `select mother_group_id as k, status, count(*) as n, sum(case when used_at is not null then 1 else 0 end) as redeemed
         from redeem_code where mother_group_id in (${marks}) group by mother_group_id, status`,
        ids,
      ),
      this.rows(
        `select c.mother_group_id as k, count(*) as n, sum(case when i.accepted_at is not null then 1 else 0 end) as accepted
         from invite_request i join redeem_code c on c.id = i.code_id
         where c.mother_group_id in (${marks}) and c.used_at is not null and ${delivered(unindexed(this.em, 'i.status'))} group by c.mother_group_id`,
        ids,
      ),
    ]);
    return ids.map((id) => {
      const mine = codes.filter((r) => r.k === id);
      const byStatus = Object.fromEntries(CODE_STATUSES.map((s) => [s, num(mine.find((r) => r.status === s)?.n)])) as Record<CodeStatus, number>;
      const redeemed = mine.reduce((a, r) => a + num(r.redeemed), 0);
      const total = mine.reduce((a, r) => a + num(r.n), 0);
      return { ...usage(id, [{ k: id, n: redeemed }], invites), codes: { ...byStatus, total } };
    });
  }
}

function usage(id: string, codes: Row[], invites: Row[]): InviteUsage {
  const inv = invites.find((r) => r.k === id);
  return { codesRedeemed: num(codes.find((r) => r.k === id)?.n), invitesDelivered: num(inv?.n), invitesAccepted: num(inv?.accepted) };
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;
