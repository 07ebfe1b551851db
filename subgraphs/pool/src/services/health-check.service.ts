import { QueryOrder, type EntityManager } from '@mikro-orm/core';
import { Mother } from '../entities';
import { OPERATOR_DISABLED } from '../entities/mother.entity';
import { ProviderError } from '../provider/provider-error';
import type { PoolDeps } from './deps';
import type { MotherAccountService } from './mother-account.service';
import type { MotherStatusService } from './mother-status.service';
import { openToken } from './mother-token';

/**
 * Health checks in small batches: the account check of each due mother (never probed, or not for
 * `healthIntervalMs`), oldest first. It refreshes the teams, turns a rejected token INVALID and
 * re-probes mothers that are out for upstream reasons, bringing them back when the upstream does.
 */
export class HealthCheckService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: PoolDeps,
    private readonly accounts: MotherAccountService,
    private readonly status: MotherStatusService,
  ) {}

  /** Probes up to `healthBatch` due mothers; returns how many were probed. */
  async checkDue(): Promise<number> {
    const now = this.deps.now();
    const due = await this.em.find(
      Mother,
      {
        $and: [
          { $or: [{ status: 'active' }, { status: { $in: ['invalid', 'disabled'] }, statusReason: { $ne: OPERATOR_DISABLED } }] },
          { $or: [{ lastHealthCheckAt: null }, { lastHealthCheckAt: { $lt: new Date(now.getTime() - this.deps.tuning.healthIntervalMs) } }] },
          { $or: [{ tokenExpiresAt: null }, { tokenExpiresAt: { $gt: now } }] },
        ],
      },
      { fields: ['id'], orderBy: { lastHealthCheckAt: QueryOrder.ASC_NULLS_FIRST, id: 'asc' }, limit: this.deps.tuning.healthBatch, disableIdentityMap: true },
    );
    for (const m of due) await this.probe(m.id);
    return due.length;
  }

  /** One account check; the outcome lands in `health`, the teams and (for token or account loss) the status. */
  async probe(motherId: string): Promise<'healthy' | 'failing'> {
    const now = this.deps.now();
    await this.em.nativeUpdate(Mother, { id: motherId }, { lastHealthCheckAt: now });
    try {
      const accounts = await this.deps.provider.checkAccount(await openToken(this.em, this.deps.box, motherId), motherId);
      await this.em.nativeUpdate(Mother, { id: motherId }, { health: 'healthy', lastSeenAliveAt: now });
      await this.accounts.reconcileTeams(motherId, accounts);
      await this.accounts.recover(motherId);
      return 'healthy';
    } catch (err) {
      if (!(err instanceof ProviderError)) throw err;
      await this.em.nativeUpdate(Mother, { id: motherId }, { health: 'failing' });
      if (err.errorClass === 'token_invalid') await this.status.deactivate(motherId, 'invalid', err.upstreamCode ?? 'token_invalid');
      if (err.errorClass === 'workspace_gone') await this.status.deactivate(motherId, 'disabled', err.upstreamCode ?? 'workspace_gone');
      return 'failing';
    }
  }
}
