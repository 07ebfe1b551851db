import { sql, type EntityManager, type FilterQuery } from '@mikro-orm/core';
import { Mother, Seat, Team, type MotherHealth, type MotherStatus, type SeatStatus } from '../entities';
import { bad, containsPattern, pageArgs, rowsByIds, uuidsOnly } from './common';

export type SeatCounts = Record<SeatStatus, number>;

export interface MotherFilter {
  status?: MotherStatus | null;
  motherGroupId?: string | null;
  poolGroupId?: string | null;
  /** true: only mothers in some pool group; false: only mothers in none. */
  inPoolGroup?: boolean | null;
  search?: string | null;
  tokenExpiringWithinDays?: number | null;
  health?: MotherHealth | null;
}

const DAY_MS = 86_400_000;

interface TeamRow {
  id: number | string;
  mother_id: string;
  team_id: string;
  name: string | null;
  is_enabled: boolean | number;
  is_default: boolean | number;
  lost_at: Date | string | number | null;
}

/** A team row as the GraphQL `Team` reads it (SQLite answers booleans as 0/1 and dates as numbers). */
const teamView = (r: TeamRow): Team =>
  ({
    id: Number(r.id),
    mother: { id: r.mother_id },
    teamId: r.team_id,
    name: r.name,
    isEnabled: Boolean(r.is_enabled),
    isDefault: Boolean(r.is_default),
    lostAt: r.lost_at === null ? null : new Date(r.lost_at),
  }) as unknown as Team;

const groupBy = <T>(ids: readonly string[], rows: T[], key: (row: T) => string): Map<string, T[]> => {
  const map = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) map.get(key(row))?.push(row);
  return map;
};

/** Mother reads: the filtered page and the batched look-ups behind the per-request DataLoaders (one query per call). */
export class MotherQueryService {
  constructor(private readonly em: EntityManager, private readonly now: () => Date = () => new Date()) {}

  /** Newest first; `total` counts the whole filtered set. Two queries whatever the page size. */
  async list(filter: MotherFilter = {}, page?: number | null, pageSize?: number | null) {
    const args = pageArgs(page, pageSize);
    const [items, total] = await this.em.findAndCount(Mother, this.where(filter), {
      orderBy: { createdAt: 'desc', id: 'asc' },
      limit: args.pageSize,
      offset: args.offset,
      disableIdentityMap: true,
    });
    return { items, total, page: args.page, pageSize: args.pageSize };
  }

  byIds(ids: readonly string[]): Promise<Map<string, Mother>> {
    return rowsByIds(this.em, Mother, ids);
  }

  /**
   * The teams of many mothers, read-only views for the admin pages (the `mothers` page asks for
   * every mother's teams): plain rows, since hydrating entities with a mother reference each cost
   * pool more CPU than the query itself.
   */
  async teamsByMother(ids: readonly string[]): Promise<Map<string, Team[]>> {
    const valid = uuidsOnly(ids);
    if (!valid.length) return groupBy(ids, [] as Team[], (t) => t.mother.id);
    const rows: TeamRow[] = await this.em
      .getConnection()
      .execute(`select id, mother_id, team_id, name, is_enabled, is_default, lost_at from team where mother_id in (${valid.map(() => '?').join(', ')}) order by id`, valid);
    const teams = groupBy(ids, rows, (t) => t.mother_id);
    return new Map([...teams].map(([id, list]) => [id, list.map(teamView)]));
  }

  async seatsByMother(ids: readonly string[]): Promise<Map<string, Seat[]>> {
    const valid = uuidsOnly(ids);
    const rows = valid.length
      ? await this.em.find(Seat, { mother: { $in: valid } }, { orderBy: { mother: 'asc', slotIndex: 'asc' }, disableIdentityMap: true })
      : [];
    return groupBy(ids, rows, (s) => s.mother.id);
  }

  /** Seat counts per status with one aggregate query (no seat rows are loaded). */
  async seatCountsByMother(ids: readonly string[]): Promise<Map<string, SeatCounts>> {
    const valid = uuidsOnly(ids);
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

  private where(f: MotherFilter): FilterQuery<Mother> {
    const and: FilterQuery<Mother>[] = [];
    if (f.status) and.push({ status: f.status });
    if (f.motherGroupId) and.push({ motherGroupId: f.motherGroupId });
    if (f.poolGroupId) and.push({ poolGroupId: f.poolGroupId });
    if (f.inPoolGroup != null) and.push({ poolGroupId: f.inPoolGroup ? { $ne: null } : null });
    if (f.health) and.push({ health: f.health });
    if (f.search?.trim()) {
      const search = f.search.trim();
      if (search.length > 100) throw bad('search must be at most 100 characters.');
      and.push({ [sql.lower('name')]: { $like: containsPattern(search) } });
    }
    if (f.tokenExpiringWithinDays != null) {
      const days = f.tokenExpiringWithinDays;
      if (!Number.isInteger(days) || days < 0 || days > 3650) throw bad('tokenExpiringWithinDays must be from 0 to 3650.');
      and.push({ tokenExpiresAt: { $ne: null, $lte: new Date(this.now().getTime() + days * DAY_MS) } });
    }
    return and.length ? { $and: and } : {};
  }
}

/** Ids that cannot be a mother id are dropped before they reach SQL (a uuid column refuses them). */
export const motherIdsOnly = uuidsOnly;
