import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import { AppError, isPostgres, sqlGuarded, sqlRun } from '@seatpool/kit';
import { createHash } from 'node:crypto';
import { Placement } from '../entities';
import type { InviteResult, TeamAccess } from '../provider/provider';
import { ProviderError } from '../provider/provider-error';
import type { PoolDeps } from './deps';
import type { InviteOutcomes } from './invite-outcomes';
import { placementCandidates, placementCapacity, type Candidate, type Candidates } from './placement-candidates';
import { HOLD_FIRST_MAX } from './seat-ledger.service';
import { validatePlaceInput, validateKey, type PlaceEmailInput, type PlaceRequest } from './placement-input';
import type { SeatLedger } from './seat-ledger.service';
import type { Capacity } from './seat-signal';
import { teamAccess } from './mother-token';
import { failInFlight, insertFailed, PLACEMENT_COLUMNS, placementByKey, placementOf } from './placement-row';
import type { UpstreamVerdicts } from './upstream-verdicts';

/** Why one candidate mother did not take the email. */
type Miss = 'no_capacity' | 'transient' | 'email_rejected' | 'busy';

// A waiting placement is woken by the shared capacity probe (SeatSignal); on its own it looks again
// only every 4–8 s (spread by its key), a backstop that costs little even with hundreds waiting.
const BACKSTOP_MS = 4_000;
// While waiting, the in-flight mark is renewed at most this often (maintenance judges silence by the settle window, ≥ 35 s).
const HEARTBEAT_MS = 5_000;
const backstopMs = (key: string) => BACKSTOP_MS + (createHash('sha256').update(key).digest()[0] / 255) * BACKSTOP_MS;
/** Placements that may use the same mothers share one capacity probe. */
const watchKey = (req: PlaceRequest) => `${req.motherGroupId ?? ''}|${[...req.excludeMotherIds].sort().join(',')}`;
type Attempt = { kind: 'done'; placement: Placement } | { kind: 'miss'; reason: Miss };

/**
 * Places emails into seats for the users service (the redeem saga's step 3). Idempotent per key:
 * the placement row is inserted before any seat is held or invite sent, so a retried or racing
 * call with the same key never sends a second invite and answers with the stored outcome.
 */
export class PlacementService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: PoolDeps,
    private readonly ledger: SeatLedger,
    private readonly verdicts: UpstreamVerdicts,
    private readonly outcomes: InviteOutcomes,
  ) {}

  /** Places `email` under `idempotencyKey`; a repeated key returns the stored placement (IN_FLIGHT while running). */
  async place(input: PlaceEmailInput): Promise<Placement> {
    const started = process.hrtime.bigint();
    const req = validatePlaceInput(input);
    // Sold out (no seat free, none held by a placement that may still fail): the answer is known
    // before any claim, and stored as FAILED in one insert, so a repeated key still gets it back.
    const first = await placementCandidates(this.em, req, this.deps.now());
    const soldOut = first.list.length === 0 && first.held === 0;
    const refused = soldOut ? await insertFailed(this.em, req, 'NO_CAPACITY', this.deps.now()) : null;
    const existing = refused ? null : await this.claim(req);
    const placement = refused ?? existing ?? (await this.run(req, soldOut ? undefined : first));
    const outcome = existing ? 'repeated' : outcomeOf(placement);
    this.deps.metrics.placement(outcome, Number(process.hrtime.bigint() - started) / 1e9);
    return placement;
  }

  /**
   * Aborts the key: an in-flight placement (or an unknown key, via a tombstone) becomes ABORTED, so
   * a late or concurrent attempt can never seat the email. An invite of unknown outcome is looked up
   * first: already upstream → the placement is PLACED (it landed first); not there (yet) → ABORTED,
   * and the seat stays held until the invite is known gone or taken back (maintenance). PLACED,
   * FAILED and RELEASED placements are returned unchanged.
   */
  async abort(idempotencyKey: string): Promise<Placement> {
    const key = validateKey(idempotencyKey);
    const current = await this.find(key);
    if (current?.status === 'in_flight' && current.pendingTeamId && current.pendingSince) {
      // Sent longer ago than the settle window: absence is final too (the seat is freed at once).
      const settled = current.pendingSince.getTime() < this.deps.now().getTime() - this.deps.settleMs;
      await this.outcomes.resolve(current, settled);
    }
    const now = this.deps.now();
    try {
      await this.em.insert(Placement, { idempotencyKey: key, email: '', status: 'aborted', createdAt: now, updatedAt: now });
    } catch (err) {
      if (!(err instanceof UniqueConstraintViolationException)) throw err;
      await this.em.nativeUpdate(Placement, { idempotencyKey: key, status: 'in_flight' }, { status: 'aborted', updatedAt: now });
    }
    const stored = await this.stored(key);
    if (!stored.pendingTeamId) await this.ledger.release(key);
    return stored;
  }

  /** The placement stored under a key, or null. */
  find(idempotencyKey: string): Promise<Placement | null> {
    return this.em.findOne(Placement, { idempotencyKey: validateKey(idempotencyKey) }, { disableIdentityMap: true });
  }

  /**
   * Tries the candidate mothers in allocation order. When every mother is full but some seats are
   * held by placements that may still fail, it waits for them (woken by the process's shared
   * capacity probe when a seat frees or none is held any more) until `POOL_PLACEMENT_WAIT_MS`,
   * instead of refusing: NO_CAPACITY means no seat was free or held.
   */
  private async run(req: PlaceRequest, first?: Candidates): Promise<Placement> {
    const deadline = Date.now() + this.deps.placementWaitMs;
    const reasons = new Set<Miss>();
    let probe: (() => Promise<Capacity>) | undefined;
    let beat = Date.now();
    let read: Candidates | undefined = first; // what `place` read just before the claim
    for (;;) {
      const candidates = read ?? (await placementCandidates(this.em, req, this.deps.now()));
      read = undefined;
      // One statement holds a seat of the first candidate with a free one; a mother that then
      // misses (busy, upstream trouble) leaves the list and the next statement looks further.
      const remaining = [...candidates.list];
      while (remaining.length) {
        // The in-flight mark is renewed only when it got old (an abort is caught by the pending mark before any invite anyway).
        if (Date.now() - beat > HEARTBEAT_MS) {
          if (!(await this.heartbeat(req.key))) return this.stored(req.key); // aborted meanwhile
          beat = Date.now();
        }
        const window = remaining.slice(0, HOLD_FIRST_MAX);
        const hold = await this.ledger.holdFirst({ candidates: window, email: req.email, placementKey: req.key, ttlMs: this.deps.holdTtlMs });
        if (hold.kind === 'full') {
          reasons.add('no_capacity');
          remaining.splice(0, window.length);
          continue;
        }
        // The email reached one of these teams meanwhile (a racing placement of the same person): mother by mother, as a hold first.
        const c = hold.kind === 'held' ? remaining.find((x) => x.motherId === hold.motherId)! : remaining[0];
        remaining.splice(remaining.indexOf(c), 1);
        const attempt = hold.kind === 'held' ? await this.afterHold(req, c, deadline) : await this.tryMother(req, c, deadline);
        if (attempt.kind === 'done') return attempt.placement;
        reasons.add(attempt.reason);
        if (attempt.reason === 'email_rejected') break;
      }
      if (reasons.has('email_rejected') || reasons.has('transient')) break;
      const left = deadline - Date.now();
      if (left <= 0 || (candidates.held === 0 && !reasons.has('busy'))) break;
      // Behind held seats: one shared probe per kind of placement wakes us when a seat frees or none is held any more.
      if (!probe) {
        const em = this.em.fork();
        probe = () => placementCapacity(em, req, this.deps.now());
      }
      // Seats it tried were taken meanwhile; only the free seats it cannot use must not wake it again.
      const seen = await this.deps.seatSignal.wait(watchKey(req), probe, candidates.unusableFree, Math.min(left, backstopMs(req.key)));
      reasons.clear();
      // The probe saw no seat free and none held for this kind of placement: the answer, without reading the candidates again.
      if (seen && seen.free === 0 && seen.held === 0) {
        reasons.add('no_capacity');
        break;
      }
      // An abort meanwhile is also caught by the pending mark before any invite and by the final conditional update.
      if (Date.now() - beat > HEARTBEAT_MS) {
        if (!(await this.heartbeat(req.key))) return this.stored(req.key);
        beat = Date.now();
      }
    }
    // `busy` alone: free seats, but no turn at their mothers within the wait (a saturated process).
    const errorCode = reasons.has('email_rejected') ? 'BAD_USER_INPUT' : reasons.has('transient') || reasons.has('busy') ? 'UPSTREAM_UNAVAILABLE' : 'NO_CAPACITY';
    return (await failInFlight(this.em, req.key, errorCode, this.deps.now())) ?? this.stored(req.key);
  }

  /** Inserts the in-flight row; when the key exists, returns its placement instead. */
  private async claim(req: PlaceRequest): Promise<Placement | null> {
    const now = this.deps.now();
    try {
      await sqlRun(
        this.em,
        "insert into placement (idempotency_key, email, status, mother_group_id, already_member, created_at, updated_at) values (?, ?, 'in_flight', ?, ?, ?, ?)",
        [req.key, req.email, req.motherGroupId, false, now, now],
      );
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
   * Hold a seat of one mother, record the invite we are about to send, invite upstream, then settle
   * or release. An invite whose outcome stays unknown ends the placement's run (IN_FLIGHT, seat
   * held): it is never followed by an invite into another team until the upstream's lists tell.
   */
  private async tryMother(req: PlaceRequest, c: Candidate, deadline: number): Promise<Attempt> {
    const hold = await this.ledger.hold({ motherId: c.motherId, teamId: c.teamId, email: req.email, placementKey: req.key, ttlMs: this.deps.holdTtlMs });
    if (hold.kind !== 'held') return { kind: 'miss', reason: 'no_capacity' };
    return this.afterHold(req, c, deadline);
  }

  /** With a seat of `c` held for the placement: wait for a turn at the mother's workspace, then invite. */
  private async afterHold(req: PlaceRequest, c: Candidate, deadline: number): Promise<Attempt> {
    // Our turn at this mother's workspace; the seat stays held meanwhile (others wait behind it).
    const leave = await this.deps.gate.enter(c.motherId, deadline);
    if (!leave) {
      await this.ledger.release(req.key);
      return { kind: 'miss', reason: 'busy' };
    }
    try {
      return await this.inviteOn(req, c);
    } finally {
      leave();
    }
  }

  private async inviteOn(req: PlaceRequest, c: Candidate): Promise<Attempt> {
    let team: TeamAccess;
    let result: InviteResult;
    try {
      team = await teamAccess(this.em, this.deps.box, c.motherId, c.teamId);
    } catch (err) {
      await this.ledger.release(req.key);
      if (!(err instanceof ProviderError)) throw err;
      return { kind: 'miss', reason: await this.onUpstreamFailure(c, err) };
    }
    if (!(await this.markPending(req.key, c))) {
      await this.ledger.release(req.key); // aborted meanwhile
      return { kind: 'done', placement: await this.stored(req.key) };
    }
    try {
      result = await this.deps.provider.invite(team, req.email);
    } catch (err) {
      if (!(err instanceof ProviderError)) throw err;
      return this.afterFailedInvite(req, c, team, err);
    }
    return this.settle(req, c, team, result);
  }

  /** Before the POST: the placement names the team its invite may land in (and renews its heartbeat). */
  private async markPending(key: string, c: Candidate): Promise<boolean> {
    const now = this.deps.now();
    const n = await sqlRun(
      this.em,
      "update placement set pending_mother_id = ?, pending_team_id = ?, pending_since = ?, updated_at = ? where idempotency_key = ? and status = 'in_flight'",
      [c.motherId, c.teamId, now, now, key],
    );
    return n === 1;
  }

  /**
   * A failed invite. An answered refusal (full, bad email, token, 429) did not land: free the seat
   * and move on. An answered 5xx means the upstream is done with the request; it is still looked up
   * once (a 500 may come after the write) when the lists can be read. An attempt that went
   * unanswered (timeout, dropped connection) may have landed or may still land: look at the team's
   * invite and member lists. There → PLACED. Not there, or the lists cannot be read → stop here:
   * IN_FLIGHT with the seat held and no invite anywhere else, resolved later (abort or maintenance).
   */
  private async afterFailedInvite(req: PlaceRequest, c: Candidate, team: TeamAccess, err: ProviderError): Promise<Attempt> {
    if (err.maybeDelivered || err.errorClass === 'transient') {
      if (err.maybeDelivered) await this.em.nativeUpdate(Placement, { idempotencyKey: req.key, pendingTeamId: c.teamId }, { pendingSince: this.deps.now() });
      const seen = await this.outcomes.sight(team, req.email);
      if (seen === 'invited' || seen === 'member') {
        const p = await this.stored(req.key);
        if (p.status !== 'in_flight' || !(await this.outcomes.placeFound(p))) {
          // Aborted while we did not know: take the invite back (or leave it to maintenance).
          if (await this.outcomes.undo(team, req.email, seen)) await this.outcomes.forget(req.key);
        }
        return { kind: 'done', placement: await this.stored(req.key) };
      }
      if (err.maybeDelivered) {
        this.deps.logger.warn({ motherId: c.motherId, placementKey: req.key }, 'invite outcome unknown; the seat stays held until the upstream lists tell');
        return { kind: 'done', placement: await this.stored(req.key) };
      }
    }
    await this.outcomes.forget(req.key);
    return { kind: 'miss', reason: await this.onUpstreamFailure(c, err) };
  }

  /** What an upstream failure means for the mother, and for this placement. */
  private async onUpstreamFailure(c: Candidate, err: ProviderError): Promise<Miss> {
    if (await this.verdicts.record(c.motherId, c.teamId, err)) return 'no_capacity';
    if (err.errorClass === 'no_seats') return 'no_capacity';
    if (err.errorClass === 'bad_request') return err.upstreamCode === 'invalid_email' ? 'email_rejected' : 'transient';
    return 'transient';
  }

  /**
   * Marks the placement PLACED and the seat USED, all or nothing, only while the placement is still
   * in flight and its seat still held: one statement on PostgreSQL (kit's sqlGuarded), which also
   * answers the stored placement. The guard locks the seat row (FOR UPDATE) so that nothing frees
   * it between the guard and the seat's update. If the placement was aborted meanwhile, the invite
   * we just sent is cancelled and the seat freed; when the cancel fails the invite stays pending
   * for maintenance to take back.
   */
  private async settle(req: PlaceRequest, c: Candidate, team: TeamAccess, result: InviteResult): Promise<Attempt> {
    const alreadyMember = result.outcome === 'already_member';
    const now = this.deps.now();
    const lock = isPostgres(this.em) ? ' for update' : ''; // SQLite has one writer at a time
    const [won] = await sqlGuarded<Record<string, unknown>>(
      this.em,
      {
        sql:
          'update placement set status = ?, mother_id = ?, team_id = ?, team_name = ?, already_member = ?, error_code = null, updated_at = ?, invite_state = ?, accepted_at = ?, ' +
          "pending_mother_id = null, pending_team_id = null, pending_since = null where idempotency_key = ? and status = 'in_flight' " +
          `and exists (select 1 from seat where placement_key = ? and status = 'held'${lock})`,
        params: ['placed', c.motherId, c.teamId, c.teamName, alreadyMember, now, alreadyMember ? 'accepted' : 'pending', alreadyMember ? now : null, req.key, req.key],
      },
      [{ sql: "update seat set status = 'used', held_until = null, used_at = ? where placement_key = ? and status = 'held'", params: [now, req.key] }],
      PLACEMENT_COLUMNS,
    );
    if (won) return { kind: 'done', placement: placementOf(won) };
    const current = await this.stored(req.key);
    if (current.status === 'in_flight') throw new Error(`placement ${req.key}: its held seat vanished before it was used`);
    if (alreadyMember || (await this.outcomes.undo(team, req.email, 'invited'))) await this.outcomes.forget(req.key);
    else this.deps.logger.error({ motherId: c.motherId }, 'could not cancel the invite of an aborted placement; maintenance retries');
    return { kind: 'done', placement: await this.stored(req.key) };
  }

  /** Renews the in-flight mark before each candidate; false when the key was aborted (or failed as stale). */
  private async heartbeat(key: string): Promise<boolean> {
    return (await this.em.nativeUpdate(Placement, { idempotencyKey: key, status: 'in_flight' }, { updatedAt: this.deps.now() })) === 1;
  }

  private async stored(key: string): Promise<Placement> {
    const p = await placementByKey(this.em, key);
    if (!p) throw new Error(`placement ${key} vanished`); // rows are never deleted while their key is in use
    return p;
  }
}

function outcomeOf(p: Placement): string {
  if (p.status === 'placed') return p.alreadyMember ? 'already_member' : 'placed';
  if (p.status === 'failed') return (p.errorCode ?? 'no_capacity').toLowerCase();
  return p.status;
}
