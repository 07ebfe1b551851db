import type { EntityManager } from '@mikro-orm/core';
import { MOTHER_STATUSES, type MotherStatus } from '../entities/mother.entity';
import { SEAT_STATUSES, type SeatStatus } from '../entities/seat.entity';

export interface PoolFigures {
  mothers: Record<MotherStatus, number> & { total: number };
  seats: Record<SeatStatus, number> & { total: number };
  /** Free seats on ACTIVE mothers that have an enabled team (the supply side of `codeQuota`). */
  sellableSeats: number;
}

type CountRow = { status: string; n: number | string };

function tally<S extends string>(statuses: readonly S[], rows: CountRow[]): Record<S, number> & { total: number } {
  const out = Object.fromEntries(statuses.map((s) => [s, 0])) as Record<S, number>;
  let total = 0;
  for (const row of rows) {
    const n = Number(row.n);
    total += n;
    if ((statuses as readonly string[]).includes(row.status)) out[row.status as S] = n;
  }
  return { ...out, total };
}

/** The pool's dashboard figures, each from one aggregate query: no row is ever loaded. */
export class DashboardService {
  constructor(private readonly em: EntityManager) {}

  async figures(): Promise<PoolFigures> {
    const conn = this.em.getConnection();
    const [mothers, seats, sellable] = await Promise.all([
      conn.execute('select status, count(*) as n from mother group by status') as Promise<CountRow[]>,
      conn.execute('select status, count(*) as n from seat group by status') as Promise<CountRow[]>,
      conn.execute(
        `select count(*) as n from seat s join mother m on m.id = s.mother_id
         where s.status = 'free' and m.status = 'active'
           and exists (select 1 from team t where t.mother_id = m.id and t.is_enabled = true)`,
      ) as Promise<{ n: number | string }[]>,
    ]);
    return { mothers: tally(MOTHER_STATUSES, mothers), seats: tally(SEAT_STATUSES, seats), sellableSeats: Number(sellable[0]?.n ?? 0) };
  }

  /** Figures only the metrics need: child accounts by status, ACTIVE mothers whose token expires within 7 days. */
  async operations(): Promise<{ children: Record<string, number>; tokensExpiringSoon: number }> {
    const conn = this.em.getConnection();
    const soon = new Date(Date.now() + 7 * 86_400_000);
    const [children, expiring] = await Promise.all([
      conn.execute('select status, count(*) as n from child_account group by status') as Promise<CountRow[]>,
      conn.execute("select count(*) as n from mother where status = 'active' and token_expires_at is not null and token_expires_at < ?", [soon]) as Promise<{ n: number | string }[]>,
    ]);
    return { children: Object.fromEntries(children.map((r) => [r.status, Number(r.n)])), tokensExpiringSoon: Number(expiring[0]?.n ?? 0) };
  }
}
