import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import { AppError } from '@seatpool/kit';
import { Placement, PlacementResend, type ReleaseReason } from '../entities';
import { isOwner, type TeamAccess } from '../provider/provider';
import { ProviderError } from '../provider/provider-error';
import { conflict, emit, notFound } from './common';
import type { PoolDeps } from './deps';
import { validateKey, validateRelease, validateResendKey, type ReleasePlacementInput } from './placement-input';
import type { SeatLedger } from './seat-ledger.service';
import { teamAccess } from './mother-token';
import type { UpstreamVerdicts } from './upstream-verdicts';

export type ReleaseSource = 'api' | 'upstream' | 'operator';

/**
 * The life of a PLACED placement after the invite: accepted, resent, released. Every change is a
 * conditional UPDATE on the placement's status and its seat, with an outbox event in the same
 * transaction, so concurrent releases (or a release racing the sync) act once.
 */
export class PlacementReleaseService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: PoolDeps,
    private readonly ledger: SeatLedger,
    private readonly verdicts: UpstreamVerdicts,
  ) {}

  /**
   * Ends a PLACED placement: cancels the pending invite or removes the member upstream, frees the
   * seat, RELEASED with the reason. Idempotent: a RELEASED placement is returned as it is.
   * When the mother's token or workspace is dead the seat is freed locally (the sync re-flags the
   * person if the mother ever comes back); a transient upstream failure leaves it PLACED.
   */
  async release(input: ReleasePlacementInput, source: ReleaseSource = 'api'): Promise<Placement> {
    const { idempotencyKey: key, reason } = validateRelease(input);
    const p = await this.load(key);
    if (p.status === 'released') return p;
    if (p.status !== 'placed') throw conflict(`The placement is ${p.status.toUpperCase()}, not PLACED.`);
    const upstreamReleased = await this.releaseUpstream(p);
    await this.finish(p, reason, source, upstreamReleased);
    return this.load(key);
  }

  /**
   * Sends the invite of a PLACED placement again; an email already in the team becomes ACCEPTED.
   * With a `resendKey` the resend is recorded before the upstream call and a repeated key answers
   * without a second invite (a caller that lost the first answer, e.g. a reclaimed batch job).
   */
  async resend(idempotencyKey: string, resendKey?: string | null): Promise<Placement> {
    const key = validateKey(idempotencyKey);
    const rk = resendKey == null ? null : validateResendKey(resendKey);
    const p = await this.load(key);
    if (p.status !== 'placed') throw conflict(`The placement is ${p.status.toUpperCase()}, not PLACED.`);
    if (p.inviteState === 'accepted') return p;
    if (rk && !(await this.claimResend(rk, key))) return p;
    try {
      const result = await this.deps.provider.invite(await teamAccess(this.em, this.deps.box, p.motherId!, p.teamId!), p.email);
      if (result.outcome === 'already_member') await this.markAccepted(p);
    } catch (err) {
      // The upstream answered no: nothing was sent, so the same key may try again later.
      if (rk && (!(err instanceof ProviderError) || err.status !== undefined)) await this.em.nativeDelete(PlacementResend, { resendKey: rk });
      if (!(err instanceof ProviderError)) throw err;
      if (err.errorClass === 'bad_request') throw new AppError('BAD_USER_INPUT', { detail: `The upstream refused the invite (${err.upstreamCode ?? err.status}).` });
      await this.verdicts.record(p.motherId!, p.teamId ?? null, err);
      throw new AppError('UPSTREAM_UNAVAILABLE', { detail: 'The invite could not be sent again; try later.' });
    }
    return this.load(key);
  }

  /** The resend recorded under `resendKey`, or null when none was (or the upstream refused it). */
  async findResend(resendKey: string): Promise<PlacementResend | null> {
    return this.em.findOne(PlacementResend, { resendKey: validateResendKey(resendKey) }, { disableIdentityMap: true });
  }

  /** Records the resend before the upstream call; false when this key was used already (nothing is sent again). */
  private async claimResend(resendKey: string, placementKey: string): Promise<boolean> {
    try {
      await this.em.insert(PlacementResend, { resendKey, placementKey, createdAt: this.deps.now() });
      return true;
    } catch (err) {
      if (!(err instanceof UniqueConstraintViolationException)) throw err;
      const earlier = await this.findResend(resendKey);
      if (earlier && earlier.placementKey !== placementKey) throw conflict('This resend key belongs to another placement.');
      this.deps.metrics.resendRepeated();
      this.deps.logger.warn({ placementKey, resendKey }, 'resend asked again under a used resend key; not sent again');
      return false;
    }
  }

  /** PENDING → ACCEPTED once (the sync saw the member), with `placement.accepted`. */
  async markAccepted(p: Pick<Placement, 'idempotencyKey' | 'motherId' | 'teamId' | 'email'>): Promise<boolean> {
    const at = this.deps.now();
    return this.em.transactional(async (tx) => {
      const n = await tx.nativeUpdate(
        Placement,
        { idempotencyKey: p.idempotencyKey, status: 'placed', inviteState: { $ne: 'accepted' } },
        { inviteState: 'accepted', acceptedAt: at, updatedAt: at },
      );
      if (n === 1) {
        await emit(tx, at, {
          type: 'placement.accepted', motherId: p.motherId, teamId: p.teamId, placementKey: p.idempotencyKey, email: p.email,
          payload: { placementKey: p.idempotencyKey, motherId: p.motherId, teamId: p.teamId, email: p.email },
        });
      }
      return n === 1;
    });
  }

  /**
   * Frees the placement's used seat and marks it RELEASED in one transaction, with
   * `placement.released`. With `usedBefore` (the sync) only a seat used before that instant is freed.
   */
  async finish(p: Placement, reason: ReleaseReason, source: ReleaseSource, upstreamReleased: boolean, usedBefore?: Date): Promise<boolean> {
    const at = this.deps.now();
    const done = await this.em.transactional(async (tx) => {
      if ((await this.ledger.freeUsed(p.idempotencyKey, tx, usedBefore)) !== 1 && usedBefore) return false;
      const n = await tx.nativeUpdate(
        Placement,
        { idempotencyKey: p.idempotencyKey, status: 'placed' },
        { status: 'released', releaseReason: reason, releasedAt: at, updatedAt: at },
      );
      if (n !== 1) throw new Rollback();
      await emit(tx, at, {
        type: 'placement.released', motherId: p.motherId, teamId: p.teamId, placementKey: p.idempotencyKey, email: p.email,
        payload: { placementKey: p.idempotencyKey, motherId: p.motherId, teamId: p.teamId, email: p.email, reason, source, upstreamReleased },
      });
      return true;
    }).catch((err: unknown) => {
      if (err instanceof Rollback) return false;
      throw err;
    });
    if (done) this.deps.metrics.release(reason, source);
    return done;
  }

  /** True when the person is out of the team upstream; false when only a local release is possible. */
  private async releaseUpstream(p: Placement): Promise<boolean> {
    try {
      const team = await teamAccess(this.em, this.deps.box, p.motherId!, p.teamId!);
      const cancelled = p.inviteState === 'accepted' ? false : await this.deps.provider.cancelInvite(team, p.email);
      if (!cancelled) await this.removeMember(team, p.email);
      return true;
    } catch (err) {
      if (!(err instanceof ProviderError)) throw err;
      if (await this.verdicts.record(p.motherId!, p.teamId ?? null, err)) return false;
      throw new AppError('UPSTREAM_UNAVAILABLE', { detail: 'The seat could not be released upstream; try again later.' });
    }
  }

  private async removeMember(team: TeamAccess, email: string) {
    const member = (await this.deps.provider.listMembers(team)).find((m) => m.email === email && !isOwner(m));
    if (member) await this.deps.provider.removeMember(team, member.id);
  }

  private async load(key: string): Promise<Placement> {
    const p = await this.em.findOne(Placement, { idempotencyKey: key }, { disableIdentityMap: true });
    if (!p) throw notFound('No placement has this idempotency key.');
    return p;
  }
}

/** Rolls a transaction back without an error reaching the caller. */
class Rollback extends Error {}
