import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import { AppError } from '@seatpool/kit';
import { Mother, Placement, Seat, Team } from '../entities';
import type { InviteResult, TeamAccess } from '../provider/provider';
import { ProviderError } from '../provider/provider-error';
import type { PoolDeps } from './deps';
import { motherIdsOnly } from './mother-query.service';
import type { MotherStatusService } from './mother-status.service';
import { validatePlaceInput, validateKey, type PlaceEmailInput, type PlaceRequest } from './placement-input';
import type { SeatLedger } from './seat-ledger.service';

interface Candidate {
  motherId: string;
  teamId: string;
  teamName: string | null;
}

/** Why one candidate mother did not take the email. */
type Miss = 'no_capacity' | 'transient' | 'email_rejected';
type Attempt = { kind: 'done'; placement: Placement } | { kind: 'miss'; reason: Miss };

/**
 * Places emails into seats for the users service (the redeem saga's step 3). Idempotent per key:
 * the placement row is inserted before anything else, so a retried or racing call with the same
 * key never sends a second invite and answers with the stored outcome.
 */
export class PlacementService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: PoolDeps,
    private readonly ledger: SeatLedger,
    private readonly status: MotherStatusService,
  ) {}

  /** Places `email` under `idempotencyKey`; a repeated key returns the stored placement (IN_FLIGHT while running). */
  async place(input: PlaceEmailInput): Promise<Placement> {
    const req = validatePlaceInput(input);
    const existing = await this.claim(req);
    if (existing) return existing;
    const reasons = new Set<Miss>();
    for (const candidate of await this.candidates(req)) {
      if (!(await this.heartbeat(req.key))) return this.stored(req.key); // aborted meanwhile
      const attempt = await this.tryMother(req, candidate);
      if (attempt.kind === 'done') return attempt.placement;
      reasons.add(attempt.reason);
      if (attempt.reason === 'email_rejected') break;
    }
    const errorCode = reasons.has('email_rejected') ? 'BAD_USER_INPUT' : reasons.has('transient') ? 'UPSTREAM_UNAVAILABLE' : 'NO_CAPACITY';
    await this.em.nativeUpdate(Placement, { idempotencyKey: req.key, status: 'in_flight' }, { status: 'failed', errorCode, updatedAt: this.deps.now() });
    return this.stored(req.key);
  }

  /**
   * Aborts the key: an in-flight placement (or an unknown key, via a tombstone) becomes ABORTED and
   * its held seat is freed, so a late or concurrent attempt can never seat the email. PLACED and
   * FAILED placements are returned unchanged.
   */
  async abort(idempotencyKey: string): Promise<Placement> {
    const key = validateKey(idempotencyKey);
    const now = this.deps.now();
    try {
      await this.em.insert(Placement, { idempotencyKey: key, email: '', status: 'aborted', createdAt: now, updatedAt: now });
    } catch (err) {
      if (!(err instanceof UniqueConstraintViolationException)) throw err;
      await this.em.nativeUpdate(Placement, { idempotencyKey: key, status: 'in_flight' }, { status: 'aborted', updatedAt: now });
    }
    await this.ledger.release(key);
    return this.stored(key);
  }

  /** The placement stored under a key, or null. */
  find(idempotencyKey: string): Promise<Placement | null> {
    return this.em.findOne(Placement, { idempotencyKey: validateKey(idempotencyKey) }, { disableIdentityMap: true });
  }

  /** Inserts the in-flight row; when the key exists, returns its placement instead. */
  private async claim(req: PlaceRequest): Promise<Placement | null> {
    const now = this.deps.now();
    try {
      await this.em.insert(Placement, { idempotencyKey: req.key, email: req.email, status: 'in_flight', motherGroupId: req.motherGroupId, createdAt: now, updatedAt: now });
      return null;
    } catch (err) {
      if (!(err instanceof UniqueConstraintViolationException)) throw err;
    }
    const existing = await this.stored(req.key);
    if (existing.email === '') {
      // An abort tombstone: the key is spent; remember whom it was for.
      await this.em.nativeUpdate(Placement, { idempotencyKey: req.key, email: '' }, { email: req.email });
      return { ...existing, email: req.email };
    }
    if (existing.email !== req.email) throw new AppError('CONFLICT', { detail: 'This idempotency key was already used for another email.' });
    return existing;
  }

  /**
   * Allocation order (ARCHITECTURE §5): ACTIVE mothers with an unexpired token and an enabled team,
   * in the requested group (no group → only ungrouped mothers), not excluded, oldest first, and not
   * already holding this email in that team.
   */
  private async candidates(req: PlaceRequest): Promise<Candidate[]> {
    const now = this.deps.now();
    const exclude = motherIdsOnly(req.excludeMotherIds);
    const mothers = await this.em.find(
      Mother,
      {
        status: 'active',
        motherGroupId: req.motherGroupId,
        $or: [{ tokenExpiresAt: null }, { tokenExpiresAt: { $gt: now } }],
        ...(exclude.length ? { id: { $nin: exclude } } : {}),
      },
      { fields: ['id'], orderBy: { createdAt: 'asc', id: 'asc' }, disableIdentityMap: true },
    );
    if (!mothers.length) return [];
    const teams = await this.em.find(
      Team,
      { mother: { $in: mothers.map((m) => m.id) }, isEnabled: true },
      { orderBy: { isDefault: 'desc', id: 'asc' }, disableIdentityMap: true },
    );
    const teamOf = new Map<string, Team>();
    for (const t of teams) if (!teamOf.has(t.mother.id)) teamOf.set(t.mother.id, t);
    const taken = await this.em.find(Seat, { email: req.email, status: { $ne: 'free' } }, { fields: ['teamId'], disableIdentityMap: true });
    const takenTeams = new Set(taken.map((s) => s.teamId));
    return mothers.flatMap((m) => {
      const team = teamOf.get(m.id);
      if (!team || takenTeams.has(team.teamId)) return [];
      return [{ motherId: m.id, teamId: team.teamId, teamName: team.name ?? null }];
    });
  }

  /** Hold a seat of one mother, invite upstream, then settle or release. */
  private async tryMother(req: PlaceRequest, c: Candidate): Promise<Attempt> {
    const hold = await this.ledger.hold({ motherId: c.motherId, teamId: c.teamId, email: req.email, placementKey: req.key, ttlMs: this.deps.holdTtlMs });
    if (hold.kind !== 'held') return { kind: 'miss', reason: 'no_capacity' };
    let team: TeamAccess;
    let result: InviteResult;
    try {
      team = { token: await this.tokenOf(c.motherId), motherId: c.motherId, teamId: c.teamId };
      result = await this.deps.provider.invite(team, req.email);
    } catch (err) {
      await this.ledger.release(req.key);
      if (!(err instanceof ProviderError)) throw err;
      return { kind: 'miss', reason: await this.onUpstreamFailure(c.motherId, err) };
    }
    return this.settle(req, c, team, result);
  }

  /** What an upstream failure means for the mother, and for this placement. */
  private async onUpstreamFailure(motherId: string, err: ProviderError): Promise<Miss> {
    this.deps.logger.warn({ motherId, errorClass: err.errorClass, upstreamCode: err.upstreamCode }, 'placement attempt failed upstream');
    switch (err.errorClass) {
      case 'token_invalid':
        await this.status.deactivate(motherId, 'invalid', err.upstreamCode ?? 'token_invalid');
        return 'no_capacity';
      case 'workspace_gone':
        await this.status.deactivate(motherId, 'disabled', err.upstreamCode ?? 'workspace_gone');
        return 'no_capacity';
      case 'no_seats':
        return 'no_capacity';
      case 'bad_request':
        return err.upstreamCode === 'invalid_email' ? 'email_rejected' : 'transient';
      default:
        return 'transient';
    }
  }

  /**
   * Marks the placement PLACED and the seat USED in one transaction, only while the placement is
   * still in flight. If it was aborted meanwhile, the invite we just sent is cancelled and the seat freed.
   */
  private async settle(req: PlaceRequest, c: Candidate, team: TeamAccess, result: InviteResult): Promise<Attempt> {
    const alreadyMember = result.outcome === 'already_member';
    const placed = await this.em.transactional(async (tx) => {
      const won = await tx.nativeUpdate(
        Placement,
        { idempotencyKey: req.key, status: 'in_flight' },
        { status: 'placed', motherId: c.motherId, teamId: c.teamId, teamName: c.teamName, alreadyMember, errorCode: null, updatedAt: this.deps.now() },
      );
      if (won !== 1) return false;
      if ((await this.ledger.markUsed(req.key, tx)) !== 1) throw new Error(`placement ${req.key}: its held seat vanished before it was used`);
      return true;
    });
    if (!placed) {
      if (!alreadyMember) {
        await this.deps.provider.cancelInvite(team, req.email).catch((err: unknown) =>
          this.deps.logger.error({ err, motherId: c.motherId }, 'could not cancel the invite of an aborted placement'),
        );
      }
      await this.ledger.release(req.key);
    }
    return { kind: 'done', placement: await this.stored(req.key) };
  }

  /** Renews the in-flight mark before each candidate; false when the key was aborted (or failed as stale). */
  private async heartbeat(key: string): Promise<boolean> {
    return (await this.em.nativeUpdate(Placement, { idempotencyKey: key, status: 'in_flight' }, { updatedAt: this.deps.now() })) === 1;
  }

  /** The mother's token, unsealed. A token that no longer opens (key changed) behaves like a rejected one. */
  private async tokenOf(motherId: string): Promise<string> {
    const mother = await this.em.findOneOrFail(Mother, { id: motherId }, { fields: ['id', 'tokenCiphertext'], disableIdentityMap: true });
    try {
      return this.deps.box.open(mother.tokenCiphertext);
    } catch {
      throw new ProviderError('token_invalid', 'unseal', { upstreamCode: 'token_unreadable' });
    }
  }

  private stored(key: string): Promise<Placement> {
    return this.em.findOneOrFail(Placement, { idempotencyKey: key }, { disableIdentityMap: true });
  }
}
