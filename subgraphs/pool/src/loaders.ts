import { inOrder } from '@seatpool/kit';
import DataLoader from 'dataloader';
import type { ChildAccount, Mother, MotherGroup, PoolGroup, Seat, Team } from './entities';
import type { PoolServices } from './services';
import type { SeatCounts } from './services/mother-query.service';
import type { GroupUsage } from './services/stats/pool-stats.service';

/** One set per request, so the caches die with the request's entity manager. Each batch is one query. */
export function createLoaders(s: Pick<PoolServices, 'motherQuery' | 'childQuery' | 'motherGroups' | 'poolGroups' | 'stats'>) {
  const q = s.motherQuery;
  return {
    motherById: new DataLoader<string, Mother | null>(inOrder((ids) => q.byIds(ids), () => null)),
    teamsByMother: new DataLoader<string, Team[]>(inOrder((ids) => q.teamsByMother(ids), () => [])),
    seatsByMother: new DataLoader<string, Seat[]>(inOrder((ids) => q.seatsByMother(ids), () => [])),
    seatCountsByMother: new DataLoader<string, SeatCounts>(inOrder((ids) => q.seatCountsByMother(ids), () => ({ free: 0, held: 0, used: 0 }))),
    childrenByMother: new DataLoader<string, ChildAccount[]>(inOrder((ids) => s.childQuery.byMother(ids), () => [])),
    childCountByMother: new DataLoader<string, number>(inOrder((ids) => s.childQuery.countByMother(ids), () => 0)),
    motherGroupById: new DataLoader<string, MotherGroup | null>(inOrder((ids) => s.motherGroups.byIds(ids), () => null)),
    poolGroupById: new DataLoader<string, PoolGroup | null>(inOrder((ids) => s.poolGroups.byIds(ids), () => null)),
    motherCountByPoolGroup: new DataLoader<string, number>(inOrder((ids) => s.poolGroups.motherCounts(ids), () => 0)),
    /** Every `MotherGroupUsage` reference of one `_entities` call answered from one computation of all groups. */
    groupUsageById: new DataLoader<string, GroupUsage | null>(inOrder(async () => new Map((await s.stats.motherGroupUsage()).map((g) => [g.id, g])), () => null)),
  };
}
export type PoolLoaders = ReturnType<typeof createLoaders>;
