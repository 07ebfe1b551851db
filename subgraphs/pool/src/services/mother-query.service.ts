import type { EntityManager } from '@mikro-orm/core';
import { Mother, Seat, Team, type SeatStatus } from '../entities';

export type SeatCounts = Record<SeatStatus, number>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids that cannot be a mother id are dropped before they reach SQL (a uuid column refuses them). */
export const motherIdsOnly = (ids: readonly string[]) => ids.filter((id) => UUID.test(id));

const groupBy = <T>(ids: readonly string[], rows: T[], key: (row: T) => string): Map<string, T[]> => {
  const map = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) map.get(key(row))?.push(row);
  return map;
};

/** Batched reads behind the per-request DataLoaders: one query per call, whatever the number of ids. */
export class MotherQueryService {
  constructor(private readonly em: EntityManager) {}

  async byIds(ids: readonly string[]): Promise<Map<string, Mother>> {
    const valid = motherIdsOnly(ids);
    const rows = valid.length ? await this.em.find(Mother, { id: { $in: valid } }) : [];
    return new Map(rows.map((m) => [m.id, m]));
  }

  async teamsByMother(ids: readonly string[]): Promise<Map<string, Team[]>> {
    const valid = motherIdsOnly(ids);
    const rows = valid.length ? await this.em.find(Team, { mother: { $in: valid } }, { orderBy: { id: 'asc' } }) : [];
    return groupBy(ids, rows, (t) => t.mother.id);
  }

  async seatsByMother(ids: readonly string[]): Promise<Map<string, Seat[]>> {
    const valid = motherIdsOnly(ids);
    const rows = valid.length
      ? await this.em.find(Seat, { mother: { $in: valid } }, { orderBy: { mother: 'asc', slotIndex: 'asc' }, disableIdentityMap: true })
      : [];
    return groupBy(ids, rows, (s) => s.mother.id);
  }

  /** Seat counts per status with one aggregate query (no seat rows are loaded). */
  async seatCountsByMother(ids: readonly string[]): Promise<Map<string, SeatCounts>> {
    const valid = motherIdsOnly(ids);
    const counts = new Map<string, SeatCounts>(ids.map((id) => [id, { free: 0, held: 0, used: 0 }]));
    if (!valid.length) return counts;
    const rows: { mother_id: string; status: SeatStatus; n: number | string }[] = await this.em
      .getConnection()
      .execute(`select mother_id, status, count(*) as n from seat where mother_id in (${valid.map(() => '?').join(', ')}) group by mother_id, status`, valid);
    for (const row of rows) {
      const entry = counts.get(row.mother_id);
      if (entry) entry[row.status] = Number(row.n);
    }
    return counts;
  }
}
