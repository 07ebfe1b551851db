import type { EntityManager } from '@mikro-orm/core';
import { Mother, Placement, Seat, Team } from '../entities';
import { uuidsOnly } from './common';
import type { PlaceRequest } from './placement-input';

export interface Candidate {
  motherId: string;
  teamId: string;
  teamName: string | null;
}

/**
 * Allocation order (ARCHITECTURE §5): ACTIVE mothers with an unexpired token and an enabled team,
 * in the requested mother group (no group → only ungrouped mothers), never a pool-group mother
 * (their seats hold child accounts), not excluded, and not already holding this email in that
 * team. Oldest mother first (fill one before the next); mothers whose last health check failed go
 * last. With `preferRecentTeams`, mothers with an enabled team this email was placed in before
 * come first, with that team. Four queries, whatever the number of mothers.
 */
export async function placementCandidates(em: EntityManager, req: PlaceRequest, now: Date): Promise<Candidate[]> {
  const exclude = uuidsOnly(req.excludeMotherIds);
  const mothers = await em.find(
    Mother,
    {
      status: 'active',
      motherGroupId: req.motherGroupId,
      poolGroupId: null,
      $or: [{ tokenExpiresAt: null }, { tokenExpiresAt: { $gt: now } }],
      ...(exclude.length ? { id: { $nin: exclude } } : {}),
    },
    { fields: ['id', 'health'], orderBy: { createdAt: 'asc', id: 'asc' }, disableIdentityMap: true },
  );
  if (!mothers.length) return [];
  const teams = await em.find(
    Team,
    { mother: { $in: mothers.map((m) => m.id) }, isEnabled: true },
    { orderBy: { isDefault: 'desc', id: 'asc' }, disableIdentityMap: true },
  );
  const taken = await em.find(Seat, { email: req.email, status: { $ne: 'free' } }, { fields: ['teamId'], disableIdentityMap: true });
  const takenTeams = new Set(taken.map((s) => s.teamId));
  const recent = req.preferRecentTeams ? await recentTeams(em, req.email) : new Map<string, number>();
  const teamsOf = new Map<string, Team[]>();
  for (const t of teams) if (!takenTeams.has(t.teamId)) teamsOf.set(t.mother.id, [...(teamsOf.get(t.mother.id) ?? []), t]);
  const ranked = mothers.flatMap((m, order) => {
    const own = teamsOf.get(m.id);
    if (!own?.length) return [];
    const preferred = own.filter((t) => recent.has(t.teamId)).sort((a, b) => recent.get(a.teamId)! - recent.get(b.teamId)!)[0];
    const team = preferred ?? own[0];
    const rank = preferred ? recent.get(team.teamId)! : Number.MAX_SAFE_INTEGER;
    return [{ rank, failing: m.health === 'failing' ? 1 : 0, order, c: { motherId: m.id, teamId: team.teamId, teamName: team.name ?? null } }];
  });
  ranked.sort((a, b) => a.rank - b.rank || a.failing - b.failing || a.order - b.order);
  return ranked.map((r) => r.c);
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
