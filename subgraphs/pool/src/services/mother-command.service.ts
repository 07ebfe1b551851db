import type { EntityManager } from '@mikro-orm/core';
import { AppError } from '@seatpool/kit';
import { Mother } from '../entities';
import { OPERATOR_DISABLED } from '../entities/mother.entity';
import { ProviderError } from '../provider/provider-error';
import { bad, conflict, idOf, notFound } from './common';
import type { PoolDeps } from './deps';
import { accountCheckError, type MotherAccountService } from './mother-account.service';
import { validateCreateMother, validateName, validateNotes, validateSeatLimit, validateToken, type CreateMotherInput } from './mother-input';
import type { MotherStatusService } from './mother-status.service';
import { resizeSeats } from './seat-resize';
import { openToken } from './mother-token';

export interface UpdateMotherInput {
  id: string;
  name?: string | null;
  notes?: string | null;
  seatLimit?: number | null;
  motherGroupId?: string | null;
  poolGroupId?: string | null;
}

export interface ReplaceTokenInput {
  id: string;
  accessToken: string;
  tokenExpiresAt?: Date | null;
}

/** Admin writes on mothers (reads are in MotherQueryService; deletion in MotherDeletionService). */
export class MotherCommandService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: PoolDeps,
    private readonly accounts: MotherAccountService,
    private readonly status: MotherStatusService,
  ) {}

  /**
   * Registers a mother: the input is validated, the token is checked upstream (teams discovered
   * when not given), then the mother, its teams and `seatLimit` FREE seats are written in one
   * transaction with the token sealed. Nothing is written when any step fails.
   */
  create(input: CreateMotherInput): Promise<Mother> {
    return this.deps.metrics.timed('create', async () => {
      const valid = validateCreateMother(input, this.deps.now());
      await this.accounts.assertGroups(valid.motherGroupId, valid.poolGroupId);
      await this.accounts.assertNameFree(valid.name);
      const accounts = await this.accounts.checkToken(valid.token);
      const existing = await this.accounts.findExisting(valid, accounts);
      if (existing) throw conflict(`This upstream account is already registered (mother ${existing}); replace its token instead.`);
      return this.get(await this.accounts.insert(valid, accounts));
    });
  }

  /**
   * Changes name, notes, seat limit and groups (an explicit null clears notes or a group). The seat
   * limit never goes below the seats in use; the ledger grows or shrinks with it.
   */
  update(input: UpdateMotherInput): Promise<Mother> {
    return this.deps.metrics.timed('update', async () => {
      const mother = await this.get(input.id);
      const patch: Partial<Mother> = {};
      if (input.name != null) {
        patch.name = validateName(input.name);
        await this.accounts.assertNameFree(patch.name, mother.id);
        patch.nameKey = patch.name.toLowerCase();
      }
      if (input.notes !== undefined) patch.notes = validateNotes(input.notes);
      if (input.motherGroupId !== undefined) patch.motherGroupId = input.motherGroupId?.trim() || null;
      if (input.poolGroupId !== undefined) patch.poolGroupId = input.poolGroupId?.trim() || null;
      await this.accounts.assertGroups(patch.motherGroupId, patch.poolGroupId);
      if (input.seatLimit != null && input.seatLimit !== mother.seatLimit) await resizeSeats(this.em, mother.id, validateSeatLimit(input.seatLimit));
      if (Object.keys(patch).length) await this.em.nativeUpdate(Mother, { id: mother.id }, patch);
      return this.get(mother.id);
    });
  }

  /** DISABLED or INVALID → ACTIVE after the token passes a fresh account check (teams re-discovered). */
  enable(id: string): Promise<Mother> {
    return this.deps.metrics.timed('enable', async () => {
      const mother = await this.get(id);
      if (mother.status === 'active') return mother;
      if (mother.tokenExpiresAt && mother.tokenExpiresAt <= this.deps.now()) throw bad('The token has expired; replace it (replaceMotherToken) to enable the mother.');
      const token = await this.storedToken(mother.id);
      await this.accounts.reconcileTeams(mother.id, await this.accounts.checkToken(token, mother.id));
      if (!(await this.status.change(mother.id, [mother.status], 'active', 'enabled_by_operator'))) throw conflict('The mother changed meanwhile; try again.');
      return this.get(mother.id);
    });
  }

  /** Stops new placements on the mother (people already seated stay); only an operator enables it again. */
  disable(id: string): Promise<Mother> {
    return this.deps.metrics.timed('disable', async () => {
      const mother = await this.get(id);
      if (mother.status === 'disabled' && mother.statusReason === OPERATOR_DISABLED) return mother;
      await this.status.change(mother.id, ['active', 'invalid', 'disabled'], 'disabled', OPERATOR_DISABLED);
      return this.get(mother.id);
    });
  }

  /** A new token for the same upstream account: re-checked, sealed, teams refreshed; reactivates an INVALID mother. */
  replaceToken(input: ReplaceTokenInput): Promise<Mother> {
    return this.deps.metrics.timed('replace_token', async () => {
      const mother = await this.get(input.id);
      const info = validateToken(input.accessToken, this.deps.now(), input.tokenExpiresAt ?? null);
      const accounts = await this.accounts.checkToken(info.token);
      const owner = await this.accounts.findExisting(info, accounts);
      if (owner && owner !== mother.id) throw conflict('accessToken belongs to an account registered as another mother.');
      await this.accounts.applyToken(mother.id, info, accounts);
      return this.get(mother.id);
    });
  }

  /** Re-reads the workspaces upstream: new ones added, gone ones disabled (`team.lost`), returning ones restored. */
  refreshTeams(id: string): Promise<Mother> {
    return this.deps.metrics.timed('refresh_teams', async () => {
      const mother = await this.get(id);
      const token = await this.storedToken(mother.id);
      const now = this.deps.now();
      let accounts;
      try {
        accounts = await this.deps.provider.checkAccount(token, mother.id);
      } catch (err) {
        if (!(err instanceof ProviderError)) throw err;
        // The same verdict as the health check: a rejected token or a gone account takes the mother
        // out of allocation (status reason + mother.status_changed) before the operator is told.
        await this.em.nativeUpdate(Mother, { id: mother.id }, { health: 'failing', lastHealthCheckAt: now });
        if (err.errorClass === 'token_invalid') await this.status.deactivate(mother.id, 'invalid', err.upstreamCode ?? 'token_invalid');
        if (err.errorClass === 'workspace_gone') await this.status.deactivate(mother.id, 'disabled', err.upstreamCode ?? 'workspace_gone');
        const answer = accountCheckError(err, 'the stored token');
        throw err.errorClass === 'token_invalid' || err.errorClass === 'workspace_gone'
          ? new AppError('BAD_USER_INPUT', { detail: `${answer.detail ?? answer.message} The mother is out of allocation; replace its token with replaceMotherToken.` })
          : answer;
      }
      await this.em.nativeUpdate(Mother, { id: mother.id }, { health: 'healthy', lastHealthCheckAt: now, lastSeenAliveAt: now });
      await this.accounts.reconcileTeams(mother.id, accounts);
      await this.accounts.recover(mother.id);
      return this.get(mother.id);
    });
  }

  private async storedToken(motherId: string): Promise<string> {
    try {
      return await openToken(this.em, this.deps.box, motherId);
    } catch (err) {
      if (!(err instanceof ProviderError)) throw err;
      throw bad('The stored token cannot be read (was the encryption key changed?); replace it with replaceMotherToken.');
    }
  }

  async get(rawId: string): Promise<Mother> {
    const id = idOf('mother', rawId);
    const mother = await this.em.findOne(Mother, { id }, { disableIdentityMap: true });
    if (!mother) throw notFound(`No mother has the id ${id}.`);
    return mother;
  }
}
