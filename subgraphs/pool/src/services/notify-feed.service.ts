import type { EntityManager } from '@mikro-orm/core';
import { Mother } from '../entities';
import { bad } from './common';

export type CapacityKind = 'MOTHER_GROUP' | 'POOL_GROUP' | 'ALL';
export interface GroupCapacity { kind: CapacityKind; id: string | null; name: string | null; free: number; total: number }
export interface ExpiringToken { motherId: string; motherName: string; motherGroupId: string | null; poolGroupId: string | null; expiresAt: Date }

type SeatRow = { mother_group_id: string | null; pool_group_id: string | null; total: number | string; free: number | string | null };

const DAY_MS = 86_400_000;

/**
 * What the notify service watches (internal queries): free seats per group and tokens about to
 * expire. Free counts only what can be used now (the dashboard's "sellable": free seats of active
 * mothers with an enabled team), so a group whose mothers all went invalid reports 0.
 */
export class NotifyFeedService {
  constructor(private readonly em: EntityManager, private readonly now: () => Date) {}

  async seatCapacity(): Promise<GroupCapacity[]> {
    const conn = this.em.getConnection();
    const [rows, motherGroups, poolGroups] = await Promise.all([
      conn.execute(
        `select m.mother_group_id, m.pool_group_id, count(*) as total,
                sum(case when s.status = 'free' and exists (select 1 from team t where t.mother_id = m.id and t.is_enabled = true) then 1 else 0 end) as free
           from seat s join mother m on m.id = s.mother_id
          where m.status = 'active'
          group by m.mother_group_id, m.pool_group_id`,
      ) as Promise<SeatRow[]>,
      conn.execute('select id, name from mother_group order by name') as Promise<{ id: string; name: string }[]>,
      conn.execute('select id, name from pool_group order by name') as Promise<{ id: string; name: string }[]>,
    ]);
    const all: GroupCapacity = { kind: 'ALL', id: null, name: null, free: 0, total: 0 };
    // Every group is listed, also one without active mothers: 0 free is exactly what a threshold must see.
    const byMother = new Map(motherGroups.map((g) => [g.id, { kind: 'MOTHER_GROUP' as const, id: g.id, name: g.name, free: 0, total: 0 }]));
    const byPool = new Map(poolGroups.map((g) => [g.id, { kind: 'POOL_GROUP' as const, id: g.id, name: g.name, free: 0, total: 0 }]));
    for (const row of rows) {
      const free = Number(row.free ?? 0);
      const total = Number(row.total);
      for (const group of [all, row.mother_group_id ? byMother.get(row.mother_group_id) : undefined, row.pool_group_id ? byPool.get(row.pool_group_id) : undefined]) {
        if (!group) continue;
        group.free += free;
        group.total += total;
      }
    }
    return [all, ...byMother.values(), ...byPool.values()];
  }

  async expiringTokens(withinDays: number): Promise<ExpiringToken[]> {
    if (!Number.isInteger(withinDays) || withinDays < 1 || withinDays > 365) throw bad('withinDays must be from 1 to 365.');
    const limit = new Date(this.now().getTime() + withinDays * DAY_MS);
    const mothers = await this.em.find(
      Mother,
      { status: 'active', tokenExpiresAt: { $ne: null, $lte: limit } },
      { orderBy: { tokenExpiresAt: 'asc', id: 'asc' }, limit: 1_000, disableIdentityMap: true },
    );
    return mothers.map((m) => ({ motherId: m.id, motherName: m.name, motherGroupId: m.motherGroupId ?? null, poolGroupId: m.poolGroupId ?? null, expiresAt: m.tokenExpiresAt! }));
  }
}
