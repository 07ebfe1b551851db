import type { EntityManager } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { ChildAccount, Mother, Placement, Seat, Team } from '../entities';
import { isOwner, type TeamAccess } from '../provider/provider';
import { ProviderError } from '../provider/provider-error';
import { notFound } from './common';
import type { PoolDeps } from './deps';
import type { PlacementReleaseService } from './placement-release.service';
import type { SeatLedger } from './seat-ledger.service';
import { openToken } from './mother-token';
import type { UpstreamVerdicts } from './upstream-verdicts';

type Occupant = { kind: 'member' | 'invite'; memberId: string | null };

export interface SyncReport {
  motherId: string;
  /** Members plus pending invites the upstream shows (owner excluded). */
  occupants: number;
  accepted: number;
  released: number;
  discovered: number;
  missing: number;
  /** Upstream occupants for whom no seat was free (the ledger shows the mother full). */
  overflow: number;
  teamsLost: number;
  /** Why the sync stopped early (`token_invalid`, `upstream_unavailable`); the ledger is untouched then. */
  error: string | null;
}

export const CHILD_KEY = 'child:';

/**
 * Member and invite sync of one mother against the upstream (ARCHITECTURE §5): accepted invites
 * become ACCEPTED, seats whose invite was cancelled or whose member left are freed (RELEASED), and
 * occupants without a record are recorded as discovered child accounts on a free seat, so free
 * capacity never exceeds `seatLimit − (members + pending invites)` as the upstream shows it.
 * Only seats used before the upstream was read are judged, so a placement settling meanwhile is safe.
 */
export class MemberSyncService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: PoolDeps,
    private readonly ledger: SeatLedger,
    private readonly releases: PlacementReleaseService,
    private readonly verdicts: UpstreamVerdicts,
  ) {}

  async syncMother(motherId: string): Promise<SyncReport> {
    const mother = await this.em.findOne(Mother, { id: motherId }, { fields: ['id', 'poolGroupId', 'upstreamUserId'], disableIdentityMap: true });
    if (!mother) throw notFound(`No mother has the id ${motherId}.`);
    const report: SyncReport = { motherId, occupants: 0, accepted: 0, released: 0, discovered: 0, missing: 0, overflow: 0, teamsLost: 0, error: null };
    const startedAt = this.deps.now();
    const seen = await this.readUpstream(mother, report);
    if (!seen) return this.done(report, false);
    const [seats, children] = await Promise.all([
      this.em.find(Seat, { mother: motherId, status: { $ne: 'free' } }, { disableIdentityMap: true }),
      this.em.find(ChildAccount, { mother: motherId }, { disableIdentityMap: true }),
    ]);
    const keys = seats.filter((s) => s.origin !== 'child' && s.placementKey).map((s) => s.placementKey!);
    const placements = new Map((keys.length ? await this.em.find(Placement, { idempotencyKey: { $in: keys } }, { disableIdentityMap: true }) : []).map((p) => [p.idempotencyKey, p]));
    const childById = new Map(children.map((c) => [c.id, c]));
    const seated = new Set<string>();
    for (const seat of seats) {
      const occ = seat.teamId ? seen.get(seat.teamId) : undefined;
      if (!occ || !seat.email) continue;
      const occupant = occ.get(seat.email);
      occ.delete(seat.email);
      if (seat.origin === 'child') seated.add(seat.placementKey!.slice(CHILD_KEY.length));
      if (seat.status !== 'used') continue;
      if (seat.origin === 'child') await this.judgeChild(childById.get(seat.placementKey!.slice(CHILD_KEY.length)), seat, occupant, startedAt, report);
      else await this.judgePlacement(placements.get(seat.placementKey!), occupant, startedAt, report);
    }
    const justReleased = await this.releasedSince(seen, startedAt);
    for (const [teamId, occ] of seen) {
      for (const [email, occupant] of occ) {
        if (!justReleased.has(`${teamId} ${email}`)) await this.discover(motherId, teamId, email, occupant, children, seated, report);
      }
    }
    await this.markMissing(children, seen, seated, startedAt, report);
    return this.done(report, true, mother.poolGroupId !== null);
  }

  /** Members and invites per enabled team, keyed by email; null when the mother cannot be read. */
  private async readUpstream(mother: Pick<Mother, 'id' | 'upstreamUserId'>, report: SyncReport): Promise<Map<string, Map<string, Occupant>> | null> {
    const teams = await this.em.find(Team, { mother: mother.id, isEnabled: true }, { fields: ['teamId'], disableIdentityMap: true });
    const seen = new Map<string, Map<string, Occupant>>();
    for (const { teamId } of teams) {
      try {
        const team: TeamAccess = { token: await openToken(this.em, this.deps.box, mother.id), motherId: mother.id, teamId };
        const invites = await this.deps.provider.listInvites(team); // invites first: an accept in between shows up as a member
        const members = await this.deps.provider.listMembers(team);
        const occ = new Map<string, Occupant>(invites.map((i) => [i.email, { kind: 'invite', memberId: null }]));
        for (const m of members) if (!isOwner(m) && m.id !== mother.upstreamUserId && m.email) occ.set(m.email, { kind: 'member', memberId: m.id });
        seen.set(teamId, occ);
        report.occupants += occ.size;
      } catch (err) {
        if (!(err instanceof ProviderError)) throw err;
        if (err.errorClass === 'workspace_gone') {
          if (await this.verdicts.loseTeam(mother.id, teamId, err.upstreamCode ?? 'workspace_gone')) report.teamsLost++;
          continue;
        }
        await this.verdicts.record(mother.id, teamId, err);
        report.error = err.errorClass === 'token_invalid' ? 'token_invalid' : 'upstream_unavailable';
        return null;
      }
    }
    return seen;
  }

  private async judgePlacement(p: Placement | undefined, occupant: Occupant | undefined, startedAt: Date, report: SyncReport) {
    if (!p || p.status !== 'placed') return;
    if (occupant?.kind === 'member' && p.inviteState !== 'accepted') {
      if (await this.releases.markAccepted(p)) report.accepted++;
    } else if (!occupant) {
      const reason = p.inviteState === 'accepted' ? 'remove' : 'cancel';
      if (await this.releases.finish(p, reason, 'upstream', true, startedAt)) report.released++;
    }
  }

  private async judgeChild(child: ChildAccount | undefined, seat: Seat, occupant: Occupant | undefined, startedAt: Date, report: SyncReport) {
    const now = this.deps.now();
    if (occupant) {
      // Conditional on the status this sync read: a removal or another sync meanwhile wins.
      if (child) await this.em.nativeUpdate(ChildAccount, { id: child.id, status: child.status }, { status: occupant.kind === 'member' ? 'active' : 'invited', memberId: occupant.memberId ?? child.memberId, lastSeenAt: now, updatedAt: now });
      return;
    }
    // The seat is freed and its child marked MISSING together, or neither.
    const freed = await this.em.transactional(async (tx) => {
      if ((await this.ledger.freeUsed(seat.placementKey!, tx, startedAt)) !== 1) return false;
      if (child) await tx.nativeUpdate(ChildAccount, { id: child.id, status: { $ne: 'missing' } }, { status: 'missing', updatedAt: now });
      return true;
    });
    if (freed) report.missing++;
  }

  /** Placements released after the upstream was read: their person may still show there, but is no stranger. */
  private async releasedSince(seen: Map<string, Map<string, Occupant>>, startedAt: Date): Promise<Set<string>> {
    const emails = [...new Set([...seen.values()].flatMap((occ) => [...occ.keys()]))];
    if (!emails.length) return new Set();
    const rows = await this.em.find(Placement, { email: { $in: emails }, releasedAt: { $gte: startedAt } }, { fields: ['teamId', 'email'], disableIdentityMap: true });
    return new Set(rows.map((p) => `${p.teamId} ${p.email}`));
  }

  /** Someone upstream without a record: a (discovered) child account on a free seat, if one is left. */
  private async discover(motherId: string, teamId: string, email: string, occupant: Occupant, children: ChildAccount[], seated: Set<string>, report: SyncReport) {
    const now = this.deps.now();
    const status = occupant.kind === 'member' ? 'active' : 'invited';
    let child = children.find((c) => c.teamId === teamId && c.email === email);
    if (child) {
      await this.em.nativeUpdate(ChildAccount, { id: child.id, status: child.status }, { status, memberId: occupant.memberId ?? child.memberId, lastSeenAt: now, updatedAt: now });
    } else {
      child = { id: randomUUID(), teamId, email } as ChildAccount;
      await this.em.insert(ChildAccount, { id: child.id, mother: motherId, teamId, email, name: null, status, origin: 'discovered', memberId: occupant.memberId, createdAt: now, updatedAt: now, lastSeenAt: now });
      report.discovered++;
    }
    seated.add(child.id);
    const seat = await this.ledger.occupy(motherId, teamId, email, `${CHILD_KEY}${child.id}`, 'child');
    if (seat.kind === 'full') report.overflow++;
  }

  /** Children of synced teams that hold no seat and were not seen upstream are MISSING. */
  private async markMissing(children: ChildAccount[], seen: Map<string, Map<string, Occupant>>, seated: Set<string>, startedAt: Date, report: SyncReport) {
    const gone = children.filter((c) => c.status !== 'missing' && seen.has(c.teamId) && !seated.has(c.id) && c.createdAt < startedAt);
    for (const c of gone) {
      const n = await this.em.nativeUpdate(ChildAccount, { id: c.id, status: { $ne: 'missing' } }, { status: 'missing', updatedAt: this.deps.now() });
      report.missing += n;
    }
  }

  private async done(report: SyncReport, synced: boolean, inPoolGroup = false): Promise<SyncReport> {
    const m = this.deps.metrics;
    m.synced('accepted', report.accepted);
    m.synced('released', report.released);
    m.synced('discovered', report.discovered);
    m.synced('missing', report.missing);
    m.synced('overflow', report.overflow);
    m.synced('team_lost', report.teamsLost);
    m.childSync(synced ? 'success' : 'failure');
    const now = this.deps.now();
    if (!synced) {
      await this.em.nativeUpdate(Mother, { id: report.motherId }, { lastSyncAt: now });
      return report;
    }
    const unrecorded = inPoolGroup
      ? 0
      : await this.em.count(ChildAccount, { mother: report.motherId, origin: 'discovered', status: { $in: ['invited', 'active'] } });
    // Overflowing occupants are discovered children too (without a seat): counted once.
    await this.em.nativeUpdate(Mother, { id: report.motherId }, { lastSyncAt: now, upstreamOccupants: report.occupants, unrecordedMembers: inPoolGroup ? report.overflow : unrecorded });
    return report;
  }
}
