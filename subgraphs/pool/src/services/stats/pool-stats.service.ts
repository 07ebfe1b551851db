import type { EntityManager } from '@mikro-orm/core';
import { MOTHER_HEALTHS, OPERATOR_DISABLED, type MotherHealth } from '../../entities/mother.entity';
import { SEAT_STATUSES, type SeatStatus } from '../../entities/seat.entity';
import { cachedFigures, isPostgres } from '@seatpool/kit';
import { bucketCounts, instant, windowKey, type BucketCount, type TrendWindow } from '@seatpool/kit';

type Row = Record<string, unknown>;
const num = (v: unknown) => Number(v ?? 0);

export type SeatTally = Record<SeatStatus, number> & { total: number };

/** The figures of one mother group or pool group. */
export interface GroupUsage {
  id: string;
  name: string;
  isActive: boolean;
  mothers: number;
  activeMothers: number;
  failingMothers: number;
  seats: SeatTally;
  childAccounts: number;
  lastHealthCheckAt: Date | null;
}

export type PoolSeries = 'mothersAdded' | 'mothersLost';

type GroupKind = { table: 'mother_group' | 'pool_group'; column: 'mother_group_id' | 'pool_group_id' };
const MOTHER_GROUPS: GroupKind = { table: 'mother_group', column: 'mother_group_id' };
const POOL_GROUPS: GroupKind = { table: 'pool_group', column: 'pool_group_id' };

/**
 * The pool share of the statistics (docs/architecture/STATS.md): aggregate queries over indexed
 * columns, never a row load; figure sets are cached per database state.
 */
export class PoolStatsService {
  constructor(private readonly em: EntityManager) {}

  private rows(sql: string, params: unknown[] = []): Promise<Row[]> {
    return this.em.getConnection().execute(sql, params) as Promise<Row[]>;
  }

  /** Mothers by the result of their last account check. */
  motherHealth(): Promise<Record<MotherHealth, number>> {
    return cachedFigures(this.em, 'motherHealth', async () => {
      const rows = await this.rows('select health, count(*) as n from mother group by health');
      return Object.fromEntries(MOTHER_HEALTHS.map((h) => [h, num(rows.find((r) => r.health === h)?.n)])) as Record<MotherHealth, number>;
    });
  }

  /** Workspaces: all, enabled, and lost (no longer offered upstream). */
  teams(): Promise<{ total: number; enabled: number; lost: number }> {
    return cachedFigures(this.em, 'teams', async () => {
      const [row] = await this.rows(
        'select count(*) as total, sum(case when is_enabled then 1 else 0 end) as enabled, sum(case when lost_at is not null then 1 else 0 end) as lost from team',
      );
      return { total: num(row?.total), enabled: num(row?.enabled), lost: num(row?.lost) };
    });
  }

  motherGroupUsage(): Promise<GroupUsage[]> {
    return cachedFigures(this.em, 'motherGroupUsage', () => this.groupUsage(MOTHER_GROUPS));
  }

  poolGroupUsage(): Promise<GroupUsage[]> {
    return cachedFigures(this.em, 'poolGroupUsage', () => this.groupUsage(POOL_GROUPS));
  }

  /** Every group of a kind, by name, with its mothers' status, health and seat ledger: three grouped queries. */
  private async groupUsage({ table, column }: GroupKind): Promise<GroupUsage[]> {
    const active = table === 'pool_group' ? 'g.is_active' : 'null';
    const [groups, seats, children] = await Promise.all([
      this.rows(
        `select g.id, g.name, ${active} as is_active, count(m.id) as mothers, sum(case when m.status = 'active' then 1 else 0 end) as active_mothers,
           sum(case when m.health = 'failing' then 1 else 0 end) as failing, max(m.last_health_check_at) as last_check
         from ${table} g left join mother m on m.${column} = cast(g.id as text) group by g.id, g.name${table === 'pool_group' ? ', g.is_active' : ''} order by g.name`,
      ),
      this.rows(`select m.${column} as g, s.status, count(*) as n from seat s join mother m on m.id = s.mother_id where m.${column} is not null group by m.${column}, s.status`),
      this.rows(
        `select m.${column} as g, count(*) as n from child_account c join mother m on m.id = c.mother_id
         where m.${column} is not null and c.status in ('invited', 'active') group by m.${column}`,
      ),
    ]);
    return groups.map((g) => {
      const mine = seats.filter((s) => s.g === g.id);
      const tally = Object.fromEntries(SEAT_STATUSES.map((s) => [s, num(mine.find((r) => r.status === s)?.n)])) as Record<SeatStatus, number>;
      return {
        id: String(g.id),
        name: String(g.name),
        isActive: g.is_active == null || g.is_active === true || Number(g.is_active) === 1,
        mothers: num(g.mothers),
        activeMothers: num(g.active_mothers),
        failingMothers: num(g.failing),
        seats: { ...tally, total: mine.reduce((a, r) => a + num(r.n), 0) },
        childAccounts: num(children.find((c) => c.g === g.id)?.n),
        lastHealthCheckAt: instant(g.last_check),
      };
    });
  }

  /**
   * One pool series: mothers added (by `createdAt`), or mothers lost — an ACTIVE mother that became
   * INVALID or DISABLED (not by an operator), from the `mother.status_changed` outbox events.
   */
  series(name: PoolSeries, w: TrendWindow): Promise<BucketCount[]> {
    return cachedFigures(this.em, `series:${name}:${windowKey(w)}`, () => {
      if (name === 'mothersAdded') return bucketCounts(this.em, 'mother', 'created_at', w);
      const field = (f: string) => (isPostgres(this.em) ? `payload->>'${f}'` : `json_extract(payload, '$.${f}')`);
      return bucketCounts(this.em, 'outbox_event', 'created_at', w,
        `type = 'mother.status_changed' and ${field('from')} = 'active' and ${field('to')} in ('invalid', 'disabled') and coalesce(${field('reason')}, '') <> ?`,
        [OPERATOR_DISABLED]);
    });
  }
}
