import type { EntityManager } from '@mikro-orm/core';
import { AppError } from '@seatpool/kit';
import { randomUUID } from 'node:crypto';
import { ChildAccount, Mother, PoolGroup, Seat, Team } from '../entities';
import { isOwner, type TeamAccess } from '../provider/provider';
import { ProviderError } from '../provider/provider-error';
import { bad, conflict, idOf, notFound, optionalText } from './common';
import type { PoolDeps } from './deps';
import { CHILD_KEY, type MemberSyncService, type SyncReport } from './member-sync.service';
import { DEFAULT_CHILD_EMAIL_TEMPLATE, DEFAULT_CHILD_NAME_TEMPLATE, render, utcDay } from './naming';
import { validateEmail } from './placement-input';
import { seqScope } from './pool-group.service';
import type { SeatLedger } from './seat-ledger.service';
import type { SequenceService } from './sequence.service';
import { teamAccess } from './mother-token';
import type { UpstreamVerdicts } from './upstream-verdicts';

export interface CreateChildInput {
  motherId: string;
  teamId?: string | null;
  email?: string | null;
  name?: string | null;
}

/** Child account writes: invite one onto a seat, remove one upstream and locally, sync a mother's members. */
export class ChildAccountCommandService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: PoolDeps,
    private readonly ledger: SeatLedger,
    private readonly verdicts: UpstreamVerdicts,
    private readonly sequences: SequenceService,
    private readonly members: MemberSyncService,
  ) {}

  /**
   * Invites a child onto a free seat of an ACTIVE mother: the given email, or the next one from the
   * mother's pool-group templates (a taken daily number is never reused). The seat is held before
   * the invite and used after it, like a placement; nothing stays held when the invite fails.
   */
  async create(input: CreateChildInput): Promise<ChildAccount> {
    const mother = await this.em.findOne(Mother, { id: idOf('mother', input.motherId) }, { fields: ['status', 'poolGroupId'], disableIdentityMap: true });
    if (!mother) throw notFound(`No mother has the id ${input.motherId}.`);
    if (mother.status !== 'active') throw conflict(`The mother is ${mother.status.toUpperCase()}, not ACTIVE.`);
    const team = await this.em.findOne(Team, { mother: mother.id, isEnabled: true, ...(input.teamId ? { teamId: input.teamId } : {}) }, { orderBy: { isDefault: 'desc', id: 'asc' }, disableIdentityMap: true });
    if (!team) throw bad(input.teamId ? `Team ${input.teamId} is not an enabled team of this mother.` : 'The mother has no enabled team.');
    const who = await this.identity(mother, input);
    if (await this.em.count(ChildAccount, { mother: mother.id, teamId: team.teamId, email: who.email })) throw conflict(`${who.email} is already a child account of this team.`);
    const id = randomUUID();
    const key = `${CHILD_KEY}${id}`;
    const hold = await this.ledger.hold({ motherId: mother.id, teamId: team.teamId, email: who.email, placementKey: key, ttlMs: this.deps.holdTtlMs, origin: 'child', duplicateFirst: true });
    if (hold.kind === 'full') throw new AppError('NO_CAPACITY', { detail: 'The mother has no free seat.' });
    if (hold.kind === 'duplicate') throw conflict(`${who.email} already holds a seat in this team.`);
    let joined: boolean;
    try {
      joined = (await this.deps.provider.invite(await teamAccess(this.em, this.deps.box, mother.id, team.teamId), who.email)).outcome === 'already_member';
    } catch (err) {
      await this.ledger.release(key);
      throw await this.inviteError(mother.id, team.teamId, err);
    }
    const now = this.deps.now();
    await this.em.transactional(async (tx) => {
      await tx.insert(ChildAccount, { id, mother: mother.id, teamId: team.teamId, email: who.email, name: who.name, status: joined ? 'active' : 'invited', origin: 'created', createdAt: now, updatedAt: now, lastSeenAt: now });
      if ((await this.ledger.markUsed(key, tx)) !== 1) throw new Error(`child ${id}: its held seat vanished before it was used`);
    });
    return this.get(id);
  }

  /**
   * Removes a child upstream (cancels the invite or removes the member) and then locally, freeing
   * its seat. When the upstream removal fails for a transient reason nothing changes here.
   */
  async remove(rawId: string): Promise<string> {
    const child = await this.get(rawId);
    if (child.status !== 'missing') await this.removeUpstream(child);
    await this.em.transactional(async (tx) => {
      await tx.nativeUpdate(Seat, { placementKey: `${CHILD_KEY}${child.id}`, status: { $ne: 'free' } }, { status: 'free', email: null, teamId: null, heldUntil: null, placementKey: null, origin: null, usedAt: null });
      await tx.nativeDelete(ChildAccount, { id: child.id });
    });
    return child.id;
  }

  /** Reads the mother's members and invites now and reconciles children and seats with them. */
  sync(motherId: string): Promise<SyncReport> {
    return this.members.syncMother(idOf('mother', motherId));
  }

  async get(rawId: string): Promise<ChildAccount> {
    const child = await this.em.findOne(ChildAccount, { id: idOf('child account', rawId) }, { disableIdentityMap: true });
    if (!child) throw notFound(`No child account has the id ${rawId}.`);
    return child;
  }

  private async identity(mother: Pick<Mother, 'poolGroupId'>, input: CreateChildInput): Promise<{ email: string; name: string | null }> {
    const name = optionalText('name', input.name, 200);
    const group = mother.poolGroupId ? await this.em.findOne(PoolGroup, { id: mother.poolGroupId }, { disableIdentityMap: true }) : null;
    if (input.email) return { email: validateEmail(input.email), name };
    if (!group) throw bad('email is required for a mother outside a pool group (no template to generate one).');
    const day = utcDay(this.deps.now());
    const seq = await this.sequences.take(seqScope(group.id, 'child'), day);
    const vars = { group: group.name, date: day, seq, domain: group.emailDomain ?? this.deps.tuning.childEmailDomain };
    return {
      email: validateEmail(render(group.childEmailTemplate ?? DEFAULT_CHILD_EMAIL_TEMPLATE, vars), 'the generated child email'),
      name: name ?? render(group.childNameTemplate ?? DEFAULT_CHILD_NAME_TEMPLATE, vars).slice(0, 200),
    };
  }

  private async inviteError(motherId: string, teamId: string, err: unknown): Promise<unknown> {
    if (!(err instanceof ProviderError)) return err;
    if (await this.verdicts.record(motherId, teamId, err)) return new AppError('CONFLICT', { detail: 'The mother lost its token or workspace upstream.' });
    if (err.errorClass === 'no_seats') return new AppError('NO_CAPACITY', { detail: 'The workspace is full upstream.' });
    if (err.errorClass === 'bad_request') return bad(`The upstream refused the invite (${err.upstreamCode ?? err.status}).`);
    return new AppError('UPSTREAM_UNAVAILABLE', { detail: 'The invite could not be sent; try again later.' });
  }

  private async removeUpstream(child: ChildAccount) {
    try {
      const team: TeamAccess = await teamAccess(this.em, this.deps.box, child.mother.id, child.teamId);
      if (await this.deps.provider.cancelInvite(team, child.email)) return;
      const member = (await this.deps.provider.listMembers(team)).find((m) => m.email === child.email && !isOwner(m));
      if (member) await this.deps.provider.removeMember(team, member.id);
    } catch (err) {
      if (!(err instanceof ProviderError)) throw err;
      if (await this.verdicts.record(child.mother.id, child.teamId, err)) return; // the mother is dead: nothing left to remove
      throw new AppError('UPSTREAM_UNAVAILABLE', { detail: 'The child could not be removed upstream; nothing was changed.' });
    }
  }
}
