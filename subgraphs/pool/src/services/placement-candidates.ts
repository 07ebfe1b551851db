import type { EntityManager } from '@mikro-orm/core';
import { sqlQuery } from '@seatpool/kit';
import { Placement } from '../entities';
import { uuidsOnly } from './common';
import type { PlaceRequest } from './placement-input';

export interface Candidate {
  motherId: string;
  teamId: string;
  teamName: string | null;
}

export interface Candidates {
  /** Eligible mothers with a free seat, in allocation order. */
  list: Candidate[];
  /** Seats of eligible mothers held by placements that may still fail (a reason to wait, not to refuse). */
  held: number;
  /** Free seats this placement cannot use (mothers without an enabled team, or with this email in it already). */
  unusableFree: number;
}

/**
 * Allocation order (ARCHITECTURE §5): ACTIVE mothers with an unexpired token and an enabled team,
 * in the requested mother group (no group → only ungrouped mothers), never a pool-group mother
 * (their seats hold child accounts), not excluded, and not already holding this email in that
 * team. Oldest mother first (fill one before the next); mothers whose last health check failed go
 * last. With `preferRecentTeams`, mothers with an enabled team this email was placed in before
 * come first, with that team. Mothers without a free seat are left out (a burst would otherwise try
 * every full mother in turn); their held seats are counted. Five queries, whatever the number of mothers.
 */
export async function placementCandidates(em: EntityManager, req: PlaceRequest, now: Date): Promise<Candidates> {
  const { mothers, seats, free, held } = await eligibleSeats(em, req, now);
  const open = mothers.filter((m) => (seats.get(m.id)?.free ?? 0) > 0);
  if (!open.length) return { list: [], held, unusableFree: free };
  const teams = await enabledTeams(em, open.map((m) => m.id));
  const taken = await sqlQuery<{ team_id: string | null }>(em, "select team_id from seat where email = ? and status <> 'free'", [req.email]);
  const takenTeams = new Set(taken.map((s) => s.team_id));
  const recent = req.preferRecentTeams ? await recentTeams(em, req.email) : new Map<string, number>();
  const teamsOf = new Map<string, EnabledTeam[]>();
  for (const t of teams) if (!takenTeams.has(t.teamId)) teamsOf.set(t.motherId, [...(teamsOf.get(t.motherId) ?? []), t]);
  const ranked = open.flatMap((m, order) => {
    const own = teamsOf.get(m.id);
    if (!own?.length) return [];
    const preferred = own.filter((t) => recent.has(t.teamId)).sort((a, b) => recent.get(a.teamId)! - recent.get(b.teamId)!)[0];
    const team = preferred ?? own[0];
    const rank = preferred ? recent.get(team.teamId)! : Number.MAX_SAFE_INTEGER;
    return [{ rank, failing: m.health === 'failing' ? 1 : 0, order, c: { motherId: m.id, teamId: team.teamId, teamName: team.name ?? null } }];
  });
  ranked.sort((a, b) => a.rank - b.rank || a.failing - b.failing || a.order - b.order);
  const usable = ranked.reduce((sum, r) => sum + (seats.get(r.c.motherId)?.free ?? 0), 0);
  return { list: ranked.map((r) => r.c), held, unusableFree: free - usable };
}

/** Free and held seats of the mothers this kind of placement may use (what a waiting placement watches). */
export async function placementCapacity(em: EntityManager, req: PlaceRequest, now: Date): Promise<{ free: number; held: number }> {
  const { free, held } = await eligibleSeats(em, req, now);
  return { free, held };
}

/** Eligible mothers in allocation order and their free/held seats: two queries. */
async function eligibleSeats(em: EntityManager, req: PlaceRequest, now: Date) {
  const exclude = uuidsOnly(req.excludeMotherIds);
  // Plain rows through kit's direct SQL: every placement of a burst reads every eligible mother.
  const mothers = await sqlQuery<{ id: string; health: string | null }>(
    em,
    `select id, health from mother where status = 'active' and ${req.motherGroupId === null ? 'mother_group_id is null' : 'mother_group_id = ?'} ` +
      `and pool_group_id is null and (token_expires_at is null or token_expires_at > ?)${exclude.length ? ` and id not in (${exclude.map(() => '?').join(', ')})` : ''} ` +
      'order by created_at asc, id asc',
    [...(req.motherGroupId === null ? [] : [req.motherGroupId]), now, ...exclude],
  );
  const seats = mothers.length ? await seatCounts(em, mothers.map((m) => m.id)) : new Map<string, { free: number; held: number }>();
  let free = 0;
  let held = 0;
  for (const c of seats.values()) {
    free += c.free;
    held += c.held;
  }
  return { mothers, seats, free, held };
}

interface EnabledTeam {
  motherId: string;
  teamId: string;
  name: string | null;
}

/**
 * Enabled teams of the mothers, default team first: plain rows, since every placement of a burst
 * reads the teams of every open mother (entities would cost more than the query).
 */
async function enabledTeams(em: EntityManager, motherIds: string[]): Promise<EnabledTeam[]> {
  const out: EnabledTeam[] = [];
  for (let i = 0; i < motherIds.length; i += 500) {
    const ids = motherIds.slice(i, i + 500);
    const rows = await sqlQuery<{ mother_id: string; team_id: string; name: string | null }>(
      em,
      `select mother_id, team_id, name from team where is_enabled = true and mother_id in (${ids.map(() => '?').join(', ')}) order by is_default desc, id asc`,
      ids,
    );
    for (const r of rows) out.push({ motherId: r.mother_id, teamId: r.team_id, name: r.name });
  }
  return out;
}

/** Free and held seats per mother, in one grouped query. */
async function seatCounts(em: EntityManager, motherIds: string[]): Promise<Map<string, { free: number; held: number }>> {
  const out = new Map<string, { free: number; held: number }>();
  for (let i = 0; i < motherIds.length; i += 500) {
    const ids = motherIds.slice(i, i + 500);
    const rows = await sqlQuery<{ mother_id: string; status: string; n: number | string }>(
      em,
      `select mother_id, status, count(*) as n from seat where status in ('free', 'held') and mother_id in (${ids.map(() => '?').join(', ')}) group by mother_id, status`,
      ids,
    );
    for (const r of rows) {
      const c = out.get(r.mother_id) ?? { free: 0, held: 0 };
      if (r.status === 'free') c.free = Number(r.n);
      else c.held = Number(r.n);
      out.set(r.mother_id, c);
    }
  }
  return out;
}

/** Teams the email was placed in before, most recent first (team id → rank). */
async function recentTeams(em: EntityManager, email: string): Promise<Map<string, number>> {
  const rows = await em.find(
    Placement,
    { email, status: { $in: ['released', 'placed'] }, teamId: { $ne: null } },
    { fields: ['teamId'], orderBy: { updatedAt: 'desc' }, limit: 20, disableIdentityMap: true },
  );
  const out = new Map<string, number>();
  for (const r of rows) if (r.teamId && !out.has(r.teamId)) out.set(r.teamId, out.size);
  return out;
}
