import type { EntityManager } from '@mikro-orm/core';
import { AppError } from '@seatpool/kit';
import { randomUUID } from 'node:crypto';
import { Mother, Seat, Team } from '../entities';
import type { UpstreamAccount } from '../provider/provider';
import { ProviderError } from '../provider/provider-error';
import type { PoolDeps } from './deps';
import { validateCreateMother, type CreateMotherInput, type ValidMotherInput } from './mother-input';

type TeamRow = { teamId: string; name: string | null; isDefault: boolean };

/** Admin writes on mothers. */
export class MotherCommandService {
  constructor(private readonly em: EntityManager, private readonly deps: PoolDeps) {}

  /**
   * Registers a mother: the input is validated, the token is checked upstream (teams discovered
   * when not given), then the mother, its teams and `seatLimit` FREE seats are written in one
   * transaction with the token sealed. Nothing is written when any step fails.
   */
  async create(input: CreateMotherInput): Promise<Mother> {
    const valid = validateCreateMother(input, this.deps.now());
    const accounts = await this.checkToken(valid.token);
    const teams = pickTeams(valid.teams, accounts);
    await this.refuseRegisteredTeams(teams);
    const id = randomUUID();
    const createdAt = this.deps.now();
    await this.em.transactional(async (tx) => {
      await tx.insert(Mother, {
        id,
        name: valid.name,
        status: 'active',
        tokenCiphertext: this.deps.box.seal(valid.token),
        tokenExpiresAt: valid.tokenExpiresAt,
        seatLimit: valid.seatLimit,
        notes: valid.notes,
        createdAt,
      });
      await tx.insertMany(Team, teams.map((t) => ({ mother: id, teamId: t.teamId, name: t.name, isEnabled: true, isDefault: t.isDefault })));
      await tx.insertMany(Seat, Array.from({ length: valid.seatLimit }, (_, slotIndex) => ({ mother: id, slotIndex, status: 'free' as const })));
    });
    this.deps.logger.info({ motherId: id, teams: teams.length, seatLimit: valid.seatLimit }, 'mother created');
    return this.em.findOneOrFail(Mother, { id });
  }

  /** The token's workspaces; a rejected token is the caller's input problem, an unreachable upstream is not. */
  private async checkToken(token: string): Promise<UpstreamAccount[]> {
    try {
      return await this.deps.provider.checkAccount(token);
    } catch (err) {
      if (!(err instanceof ProviderError)) throw err;
      switch (err.errorClass) {
        case 'token_invalid':
          throw new AppError('BAD_USER_INPUT', { detail: 'The upstream rejected accessToken (invalid, expired or revoked).' });
        case 'workspace_gone':
          throw new AppError('BAD_USER_INPUT', { detail: 'The upstream account of accessToken is deactivated or gone.' });
        case 'bad_request':
          throw new AppError('BAD_USER_INPUT', { detail: `The upstream refused the account check (${err.upstreamCode ?? `HTTP ${err.status}`}).` });
        default:
          throw new AppError('UPSTREAM_UNAVAILABLE', { detail: 'The account check could not reach the upstream; try again.' });
      }
    }
  }

  /** One workspace belongs to one mother: two would sell the same seats twice. */
  private async refuseRegisteredTeams(teams: TeamRow[]) {
    const taken = await this.em.find(Team, { teamId: { $in: teams.map((t) => t.teamId) } }, { fields: ['teamId'] });
    if (taken.length) {
      throw new AppError('CONFLICT', { detail: `Team ${taken[0].teamId} is already registered on another mother.` });
    }
  }
}

/** The given teams (each must be an active workspace of the token) or all active ones; one default. */
function pickTeams(given: ValidMotherInput['teams'], accounts: UpstreamAccount[]): TeamRow[] {
  const byId = new Map(accounts.map((a) => [a.accountId, a]));
  let teams: TeamRow[];
  if (given) {
    teams = given.map((t) => {
      const account = byId.get(t.teamId);
      if (!account) throw new AppError('BAD_USER_INPUT', { detail: `Team ${t.teamId} is not a workspace of accessToken.` });
      if (!account.active) throw new AppError('BAD_USER_INPUT', { detail: `Team ${t.teamId} is deactivated upstream.` });
      return { ...t, name: t.name ?? account.name };
    });
  } else {
    teams = accounts.filter((a) => a.active).map((a) => ({ teamId: a.accountId, name: a.name, isDefault: false }));
    if (!teams.length) throw new AppError('BAD_USER_INPUT', { detail: 'accessToken sees no active team workspace.' });
  }
  if (!teams.some((t) => t.isDefault)) teams[0] = { ...teams[0], isDefault: true };
  return teams;
}
