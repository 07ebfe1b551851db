import DataLoader from 'dataloader';
import type { Mother, Seat, Team } from './entities';
import type { MotherQueryService, SeatCounts } from './services/mother-query.service';

/** Map lookups in input order, as DataLoader wants. */
const inOrder =
  <V>(fetch: (ids: readonly string[]) => Promise<Map<string, V>>, fallback: () => V) =>
  async (ids: readonly string[]) => {
    const found = await fetch(ids);
    return ids.map((id) => found.get(id) ?? fallback());
  };

/** One set per request, so the caches die with the request's entity manager. */
export function createLoaders(query: MotherQueryService) {
  return {
    motherById: new DataLoader<string, Mother | null>(inOrder((ids) => query.byIds(ids), () => null)),
    teamsByMother: new DataLoader<string, Team[]>(inOrder((ids) => query.teamsByMother(ids), () => [])),
    seatsByMother: new DataLoader<string, Seat[]>(inOrder((ids) => query.seatsByMother(ids), () => [])),
    seatCountsByMother: new DataLoader<string, SeatCounts>(inOrder((ids) => query.seatCountsByMother(ids), () => ({ free: 0, held: 0, used: 0 }))),
  };
}
export type PoolLoaders = ReturnType<typeof createLoaders>;
