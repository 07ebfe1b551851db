import type { EntityManager } from '@mikro-orm/core';
import { Placement, Team } from '../entities';
import { isOwner, type TeamAccess } from '../provider/provider';
import { ProviderError } from '../provider/provider-error';
import type { PoolDeps } from './deps';
import type { SeatLedger } from './seat-ledger.service';
import { teamAccess } from './mother-token';

/** Where the upstream's own lists put an email in one team. */
export type Sighting = 'invited' | 'member' | 'absent' | 'unreadable';

export const NO_PENDING = { pendingMotherId: null, pendingTeamId: null, pendingSince: null };

/**
 * Invites whose outcome is unknown (the POST timed out, the connection dropped, the process died):
 * the placement keeps its held seat until the upstream's invite and member lists say what happened.
 * There → the placement is PLACED (or, when it was aborted meanwhile, the invite is cancelled
 * upstream); not there once the request can no longer land → the seat is freed. Every step is a
 * conditional update, so the sender, an abort and maintenance may race without double effects.
 */
export class InviteOutcomes {
  constructor(private readonly em: EntityManager, private readonly deps: PoolDeps, private readonly ledger: SeatLedger) {}

  /** Invites first, members second: an accept in between shows up as a member. */
  async sight(team: TeamAccess, email: string): Promise<Sighting> {
    try {
      if ((await this.deps.provider.listInvites(team)).some((i) => i.email === email)) return 'invited';
      if ((await this.deps.provider.listMembers(team)).some((m) => m.email === email && !isOwner(m))) return 'member';
      return 'absent';
    } catch (err) {
      if (!(err instanceof ProviderError)) throw err;
      this.deps.logger.warn({ motherId: team.motherId, outcome: err.errorClass }, 'could not read the upstream lists to resolve an invite');
      return 'unreadable';
    }
  }

  /** Pending invites sent at least `settleMs` ago: by now they have landed or never will. */
  async resolveDue(now: Date, limit = 100): Promise<number> {
    const due = await this.em.find(
      Placement,
      { pendingSince: { $lt: new Date(now.getTime() - this.deps.settleMs) } },
      { orderBy: { pendingSince: 'asc' }, limit, disableIdentityMap: true },
    );
    let resolved = 0;
    for (const p of due) if ((await this.resolve(p, true)) !== 'unreadable') resolved++;
    return resolved;
  }

  /**
   * Looks the pending invite of `p` up and acts on it. `final`: absence is the answer (the request
   * can no longer land), so the seat is freed and an in-flight placement fails; otherwise absence
   * leaves everything as it is.
   */
  async resolve(p: Placement, final: boolean): Promise<Sighting> {
    if (!p.pendingMotherId || !p.pendingTeamId) return 'absent';
    let team: TeamAccess;
    try {
      team = await teamAccess(this.em, this.deps.box, p.pendingMotherId, p.pendingTeamId);
    } catch (err) {
      if (!(err instanceof ProviderError)) throw err;
      // The mother is gone (its seats with it) or its token no longer opens: nothing left to ask.
      if (err.upstreamCode === 'mother_gone') await this.clear(p);
      return 'unreadable';
    }
    const seen = await this.sight(team, p.email);
    if (seen === 'unreadable') return seen;
    if (seen === 'absent') {
      if (final) await this.clear(p);
      return seen;
    }
    if (await this.placeFound(p)) return seen;
    // Aborted (its code released) before we knew: take the invite back, then free the seat.
    if (!(await this.undo(team, p.email, seen))) return 'unreadable';
    await this.clear(p);
    return seen;
  }

  /** The pending invite is upstream: an in-flight placement becomes PLACED on that seat. True when it is PLACED now. */
  async placeFound(p: Placement): Promise<boolean> {
    const now = this.deps.now();
    const team = await this.em.findOne(Team, { teamId: p.pendingTeamId! }, { fields: ['name'], disableIdentityMap: true });
    const won = await this.em.transactional(async (tx) => {
      const n = await tx.nativeUpdate(
        Placement,
        { idempotencyKey: p.idempotencyKey, status: 'in_flight', pendingTeamId: p.pendingTeamId },
        {
          status: 'placed', motherId: p.pendingMotherId, teamId: p.pendingTeamId, teamName: team?.name ?? null, alreadyMember: false,
          errorCode: null, inviteState: 'pending', acceptedAt: null, updatedAt: now, ...NO_PENDING,
        },
      );
      if (n !== 1) return false;
      return (await this.ledger.markUsed(p.idempotencyKey, tx)) === 1 ? 'used' : 'seatless';
    });
    if (won === 'seatless') {
      // Its hold was freed by an older version or by hand: take a free seat, or count the overflow.
      const seat = await this.ledger.occupy(p.pendingMotherId!, p.pendingTeamId!, p.email, p.idempotencyKey, 'placement');
      if (seat.kind !== 'held') this.deps.logger.error({ motherId: p.pendingMotherId, placementKey: p.idempotencyKey }, 'a landed invite found no free seat');
    }
    if (won) {
      this.deps.metrics.unknownResolved('placed');
      return true;
    }
    const stored = await this.em.findOne(Placement, { idempotencyKey: p.idempotencyKey }, { fields: ['status'], disableIdentityMap: true });
    return stored?.status === 'placed';
  }

  /** Cancels the invite (or removes the member) of an aborted placement; false when the upstream did not answer. */
  async undo(team: TeamAccess, email: string, seen: Sighting): Promise<boolean> {
    try {
      const cancelled = seen === 'invited' && (await this.deps.provider.cancelInvite(team, email));
      if (!cancelled) {
        const member = (await this.deps.provider.listMembers(team)).find((m) => m.email === email && !isOwner(m));
        if (member) await this.deps.provider.removeMember(team, member.id);
      }
      this.deps.metrics.unknownResolved('cancelled');
      return true;
    } catch (err) {
      if (!(err instanceof ProviderError)) throw err;
      this.deps.logger.warn({ motherId: team.motherId, outcome: err.errorClass }, 'could not take back the invite of an aborted placement');
      return false;
    }
  }

  /** No invite is pending any more: fail a placement still in flight, forget the invite and free the held seat. */
  async clear(p: Pick<Placement, 'idempotencyKey'>, errorCode = 'UPSTREAM_UNAVAILABLE'): Promise<void> {
    const failed = await this.em.nativeUpdate(
      Placement,
      { idempotencyKey: p.idempotencyKey, status: 'in_flight' },
      { status: 'failed', errorCode, updatedAt: this.deps.now(), ...NO_PENDING },
    );
    await this.forget(p.idempotencyKey);
    if (failed) this.deps.metrics.unknownResolved('absent');
  }

  /** The invite surely did not land (or was taken back): forget it and free the held seat. */
  async forget(key: string): Promise<void> {
    await this.em.nativeUpdate(Placement, { idempotencyKey: key, pendingTeamId: { $ne: null } }, NO_PENDING);
    await this.ledger.release(key);
  }
}
