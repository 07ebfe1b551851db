import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import { AppError } from '@seatpool/kit';
import { randomUUID } from 'node:crypto';
import { Mother, MotherGroup, PoolGroup, Seat, Team } from '../entities';
import { OPERATOR_DISABLED } from '../entities/mother.entity';
import type { UpstreamAccount } from '../provider/provider';
import { ProviderError } from '../provider/provider-error';
import { bad, conflict, isUuid } from './common';
import type { PoolDeps } from './deps';
import type { TokenInfo, ValidMotherInput } from './mother-input';
import type { MotherStatusService } from './mother-status.service';
import type { UpstreamVerdicts } from './upstream-verdicts';

/**
 * CONFLICT for a registration that lost a race on a unique key (account, name or team) to another
 * one committed meanwhile. Its own class, so callers (the import retries it as an update) branch
 * on the type, never on the message.
 */
export class RegistrationRaceError extends AppError {
  constructor() {
    super('CONFLICT', { detail: 'This account, name or one of its teams is already registered (a concurrent registration?).' });
  }
}

type TeamRow = { teamId: string; name: string | null; isDefault: boolean };

/**
 * Writes that tie a mother to its upstream account: the token check, registration (mother, teams
 * and seats in one transaction), token replacement and team discovery. Shared by createMother,
 * replaceMotherToken, refreshMotherTeams, the bulk import, the signed ingest and the health check.
 */
export class MotherAccountService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: PoolDeps,
    private readonly verdicts: UpstreamVerdicts,
    private readonly status: MotherStatusService,
  ) {}

  /** The token's workspaces; a rejected token is the caller's input problem, an unreachable upstream is not. */
  async checkToken(token: string, motherId?: string): Promise<UpstreamAccount[]> {
    try {
      return await this.deps.provider.checkAccount(token, motherId);
    } catch (err) {
      if (!(err instanceof ProviderError)) throw err;
      throw accountCheckError(err);
    }
  }

  /** The mother already registered for this account: the same upstream user, else one of its workspaces. */
  async findExisting(info: Pick<TokenInfo, 'upstreamUserId'>, accounts: UpstreamAccount[]): Promise<string | null> {
    if (info.upstreamUserId) {
      const m = await this.em.findOne(Mother, { upstreamUserId: info.upstreamUserId }, { fields: ['id'], disableIdentityMap: true });
      if (m) return m.id;
    }
    const ids = accounts.map((a) => a.accountId);
    if (!ids.length) return null;
    const team = await this.em.findOne(Team, { teamId: { $in: ids } }, { fields: ['mother'], disableIdentityMap: true });
    return team?.mother.id ?? null;
  }

  /** Group ids must name existing groups (and an active pool group). */
  async assertGroups(motherGroupId: string | null | undefined, poolGroupId: string | null | undefined) {
    if (motherGroupId && (!isUuid(motherGroupId) || !(await this.em.count(MotherGroup, { id: motherGroupId })))) {
      throw bad(`motherGroupId ${motherGroupId.slice(0, 64)} is not a mother group.`);
    }
    if (poolGroupId) {
      const group = isUuid(poolGroupId) ? await this.em.findOne(PoolGroup, { id: poolGroupId }, { fields: ['isActive'], disableIdentityMap: true }) : null;
      if (!group) throw bad(`poolGroupId ${poolGroupId.slice(0, 64)} is not a pool group.`);
      if (!group.isActive) throw bad('The pool group is inactive.');
    }
  }

  /** A name not used by another mother (case-insensitive). */
  async assertNameFree(name: string, exceptId?: string) {
    const other = await this.em.findOne(Mother, { nameKey: name.toLowerCase(), ...(exceptId ? { id: { $ne: exceptId } } : {}) }, { fields: ['id'], disableIdentityMap: true });
    if (other) throw conflict(`A mother named "${name}" already exists.`);
  }

  /** Registers a mother: itself, its teams and `seatLimit` FREE seats in one transaction, the token sealed. */
  async insert(valid: ValidMotherInput, accounts: UpstreamAccount[]): Promise<string> {
    const teams = pickTeams(valid.teams, accounts);
    const taken = await this.em.find(Team, { teamId: { $in: teams.map((t) => t.teamId) } }, { fields: ['teamId'], disableIdentityMap: true });
    if (taken.length) throw conflict(`Team ${taken[0].teamId} is already registered on another mother.`);
    const id = randomUUID();
    try {
      await this.em.transactional(async (tx) => {
        await tx.insert(Mother, {
          id, name: valid.name, nameKey: valid.name.toLowerCase(), status: 'active', tokenCiphertext: this.deps.box.seal(valid.token),
          tokenExpiresAt: valid.tokenExpiresAt, upstreamUserId: valid.upstreamUserId, seatLimit: valid.seatLimit, notes: valid.notes,
          motherGroupId: valid.motherGroupId, poolGroupId: valid.poolGroupId, createdAt: this.deps.now(),
        });
        await tx.insertMany(Team, teams.map((t) => ({ mother: id, teamId: t.teamId, name: t.name, isEnabled: true, isDefault: t.isDefault })));
        await tx.insertMany(Seat, Array.from({ length: valid.seatLimit }, (_, slotIndex) => ({ mother: id, slotIndex, status: 'free' as const })));
      });
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) throw new RegistrationRaceError();
      throw err;
    }
    this.deps.logger.info({ motherId: id, teams: teams.length, seatLimit: valid.seatLimit }, 'mother created');
    return id;
  }

  /**
   * Seals a new token for an existing mother (same upstream account), records its expiry, brings
   * the teams in line with what it sees and reactivates a mother that was only out for upstream
   * reasons (never one an operator disabled).
   */
  async applyToken(motherId: string, info: TokenInfo, accounts: UpstreamAccount[]): Promise<void> {
    const mother = await this.em.findOneOrFail(Mother, { id: motherId }, { fields: ['upstreamUserId'], disableIdentityMap: true });
    if (mother.upstreamUserId && info.upstreamUserId && mother.upstreamUserId !== info.upstreamUserId) {
      throw bad('accessToken belongs to another upstream account than this mother.');
    }
    await this.em.nativeUpdate(Mother, { id: motherId }, {
      tokenCiphertext: this.deps.box.seal(info.token), tokenExpiresAt: info.tokenExpiresAt, upstreamUserId: info.upstreamUserId ?? mother.upstreamUserId,
    });
    await this.reconcileTeams(motherId, accounts);
    await this.recover(motherId);
  }

  /** New active workspaces are added (unless another mother has them), missing or deactivated ones lost, returning ones restored. */
  async reconcileTeams(motherId: string, accounts: UpstreamAccount[]) {
    const existing = await this.em.find(Team, { mother: motherId }, { disableIdentityMap: true });
    const known = new Map(existing.map((t) => [t.teamId, t]));
    const fresh = accounts.filter((a) => a.active && !known.has(a.accountId));
    const elsewhere = fresh.length ? await this.em.find(Team, { teamId: { $in: fresh.map((a) => a.accountId) } }, { fields: ['teamId'], disableIdentityMap: true }) : [];
    const skip = new Set(elsewhere.map((t) => t.teamId));
    const added = fresh.filter((a) => !skip.has(a.accountId));
    const hasDefault = existing.some((t) => t.isDefault && t.isEnabled);
    if (added.length) await this.em.insertMany(Team, added.map((a, i) => ({ mother: motherId, teamId: a.accountId, name: a.name, isEnabled: true, isDefault: !hasDefault && i === 0 })));
    const byId = new Map(accounts.map((a) => [a.accountId, a]));
    let lost = 0;
    let restored = 0;
    for (const t of existing) {
      const account = byId.get(t.teamId);
      if (account?.active && t.lostAt) restored += await this.em.nativeUpdate(Team, { id: t.id, lostAt: { $ne: null } }, { isEnabled: true, lostAt: null });
      else if (!account?.active && !t.lostAt && (await this.verdicts.loseTeam(motherId, t.teamId, account ? 'account_deactivated' : 'not_visible'))) lost++;
    }
    return { added: added.length, lost, restored };
  }

  /** INVALID or DISABLED for an upstream reason → ACTIVE again, when the token is unexpired and a team is enabled. */
  async recover(motherId: string): Promise<boolean> {
    const m = await this.em.findOneOrFail(Mother, { id: motherId }, { fields: ['status', 'statusReason', 'tokenExpiresAt'], disableIdentityMap: true });
    if (m.status === 'active' || m.statusReason === OPERATOR_DISABLED) return false;
    if (m.tokenExpiresAt && m.tokenExpiresAt <= this.deps.now()) return false;
    if (!(await this.em.count(Team, { mother: motherId, isEnabled: true }))) return false;
    return this.status.change(motherId, [m.status], 'active', 'recovered');
  }
}

/** The given teams (each must be an active workspace of the token) or all active ones; one default. */
function pickTeams(given: ValidMotherInput['teams'], accounts: UpstreamAccount[]): TeamRow[] {
  const byId = new Map(accounts.map((a) => [a.accountId, a]));
  let teams: TeamRow[];
  if (given) {
    teams = given.map((t) => {
      const account = byId.get(t.teamId);
      if (!account) throw bad(`Team ${t.teamId} is not a workspace of accessToken.`);
      if (!account.active) throw bad(`Team ${t.teamId} is deactivated upstream.`);
      return { ...t, name: t.name ?? account.name };
    });
  } else {
    teams = accounts.filter((a) => a.active).map((a) => ({ teamId: a.accountId, name: a.name, isDefault: false }));
    if (!teams.length) throw bad('accessToken sees no active team workspace.');
  }
  if (!teams.some((t) => t.isDefault)) teams[0] = { ...teams[0], isDefault: true };
  return teams;
}

/** The typed answer for a failed account check (the token is the caller's input or the stored one). */
export function accountCheckError(err: ProviderError, subject = 'accessToken'): AppError {
  switch (err.errorClass) {
    case 'token_invalid':
      return bad(`The upstream rejected ${subject} (invalid, expired or revoked).`);
    case 'workspace_gone':
      return bad(`The upstream account of ${subject} is deactivated or gone.`);
    case 'bad_request':
      return bad(`The upstream refused the account check (${err.upstreamCode ?? `HTTP ${err.status}`}).`);
    default:
      return new AppError('UPSTREAM_UNAVAILABLE', { detail: 'The account check could not reach the upstream; try again.' });
  }
}
