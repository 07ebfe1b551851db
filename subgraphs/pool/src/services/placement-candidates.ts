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
 * every full mother in turn); their held seats are counted. Two statements (three with
 * `preferRecentTeams`), whatever the number of mothers.
 */
export async function placementCandidates(em: EntityManager, req: PlaceRequest, now: Date): Promise<Candidates> {
  const { mothers, seats, free, held } = await eligibleSeats(em, req, now);
  const open = mothers.filter((m) => (seats.get(m.id)?.free ?? 0) > 0);
  if (!open.length) return { list: [], held, unusableFree: free };
  const teams = await enabledTeams(em, open.map((m) => m.id), req.email);
  const recent = req.preferRecentTeams ? await recentTeams(em, req.email) : new Map<string, number>();
  const teamsOf = new Map<string, EnabledTeam[]>();
  for (const t of teams) teamsOf.set(t.motherId, [...(teamsOf.get(t.motherId) ?? []), t]);
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

/** Eligible mothers in allocation order and their free/held seats: one query. */
async function eligibleSeats(em: EntityManager, req: PlaceRequest, now: Date) {
  const exclude = uuidsOnly(req.excludeMotherIds);
  // One statement (kit's direct SQL) for the mothers and their free and held seats: every
  // placement of a burst, and every capacity probe, reads every eligible mother.
  const rows = await sqlQuery<{ id: string; health: string | null; free: number | string; held: number | string }>(
    em,
    "select m.id, m.health, sum(case when s.status = 'free' then 1 else 0 end) as free, sum(case when s.status = 'held' then 1 else 0 end) as held " +
      "from mother m left join seat s on s.mother_id = m.id and s.status in ('free', 'held') " +
      `where m.status = 'active' and ${req.motherGroupId === null ? 'm.mother_group_id is null' : 'm.mother_group_id = ?'} ` +
      `and m.pool_group_id is null and (m.token_expires_at is null or m.token_expires_at > ?)${exclude.length ? ` and m.id not in (${exclude.map(() => '?').join(', ')})` : ''} ` +
      'group by m.id, m.health, m.created_at order by m.created_at asc, m.id asc',
    [...(req.motherGroupId === null ? [] : [req.motherGroupId]), now, ...exclude],
  );
  const mothers = rows.map((r) => ({ id: r.id, health: r.health }));
  const seats = new Map<string, { free: number; held: number }>();
  let free = 0;
  let held = 0;
  for (const r of rows) {
    const c = { free: Number(r.free ?? 0), held: Number(r.held ?? 0) };
    seats.set(r.id, c);
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
 * Enabled teams of the mothers that do not hold `email` on a seat yet, default team first: plain
 * rows, since every placement of a burst reads the teams of every open mother.
 */
async function enabledTeams(em: EntityManager, motherIds: string[], email: string): Promise<EnabledTeam[]> {
  const out: EnabledTeam[] = [];
  for (let i = 0; i < motherIds.length; i += 500) {
    const ids = motherIds.slice(i, i + 500);
    const rows = await sqlQuery<{ mother_id: string; team_id: string; name: string | null }>(
      em,
      `select t.mother_id, t.team_id, t.name from team t where t.is_enabled = true and t.mother_id in (${ids.map(() => '?').join(', ')}) ` +
        "and not exists (select 1 from seat s where s.team_id = t.team_id and s.email = ? and s.status <> 'free') order by t.is_default desc, t.id asc",
      [...ids, email],
    );
    for (const r of rows) out.push({ motherId: r.mother_id, teamId: r.team_id, name: r.name });
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
