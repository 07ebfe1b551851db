import type { EntityManager } from '@mikro-orm/core';
import { Team } from '../entities';
import { ProviderError } from '../provider/provider-error';
import { emit } from './common';
import type { MotherStatusService } from './mother-status.service';

/**
 * What an upstream failure says about a mother or one of its workspaces, recorded with outbox
 * events: a rejected token makes the mother INVALID; a deactivated or gone workspace loses that
 * team, and a mother left without an enabled team becomes DISABLED.
 */
export class UpstreamVerdicts {
  constructor(private readonly em: EntityManager, private readonly now: () => Date, private readonly status: MotherStatusService) {}

  /** Records `err` for the mother (and team); true when it was about the mother or workspace, not the request. */
  async record(motherId: string, teamId: string | null, err: ProviderError): Promise<boolean> {
    if (err.errorClass === 'token_invalid') {
      await this.status.deactivate(motherId, 'invalid', err.upstreamCode ?? 'token_invalid');
      return true;
    }
    if (err.errorClass === 'workspace_gone') {
      const reason = err.upstreamCode ?? 'workspace_gone';
      if (teamId) await this.loseTeam(motherId, teamId, reason);
      else await this.status.deactivate(motherId, 'disabled', reason);
      return true;
    }
    return false;
  }

  /** Disables a workspace the upstream no longer offers (once, with `team.lost`); DISABLED when it was the last. */
  async loseTeam(motherId: string, teamId: string, reason: string): Promise<boolean> {
    const at = this.now();
    const lost = await this.em.transactional(async (tx) => {
      const n = await tx.nativeUpdate(Team, { mother: motherId, teamId, lostAt: null }, { isEnabled: false, lostAt: at });
      if (n === 1) await emit(tx, at, { type: 'team.lost', motherId, teamId, payload: { motherId, teamId, reason } });
      return n === 1;
    });
    if ((await this.em.count(Team, { mother: motherId, isEnabled: true })) === 0) await this.status.deactivate(motherId, 'disabled', reason);
    return lost;
  }
}
