import type { EntityManager } from '@mikro-orm/core';
import { AppError } from '@seatpool/kit';
import { Team } from '../entities';
import { ProviderError } from '../provider/provider-error';
import { bad, idOf, notFound } from './common';
import type { PoolDeps } from './deps';
import { teamAccess } from './mother-token';
import type { UpstreamVerdicts } from './upstream-verdicts';

export interface UpdateTeamInput {
  motherId: string;
  teamId: string;
  name?: string | null;
  isEnabled?: boolean | null;
  isDefault?: boolean | null;
}

/** Per-team admin writes: enable/disable, default, rename (upstream too when the upstream supports it). */
export class TeamCommandService {
  constructor(private readonly em: EntityManager, private readonly deps: PoolDeps, private readonly verdicts: UpstreamVerdicts) {}

  /** Applies the given changes; returns whether a rename also reached the upstream. */
  async update(input: UpdateTeamInput): Promise<{ renamedUpstream: boolean }> {
    const motherId = idOf('mother', input.motherId);
    const team = await this.em.findOne(Team, { mother: motherId, teamId: input.teamId }, { disableIdentityMap: true });
    if (!team) throw notFound(`The mother has no team ${input.teamId.slice(0, 64)}.`);
    if (input.isDefault === false) throw bad('isDefault can only be set to true: make another team the default instead.');
    if (input.isEnabled === true && team.lostAt) throw bad('The upstream no longer offers this team; refresh the teams (refreshMotherTeams) first.');
    const name = input.name == null ? null : input.name.trim();
    if (name !== null && (name.length < 1 || name.length > 200)) throw bad('name must be 1 to 200 characters.');
    const renamedUpstream = name !== null && name !== team.name ? await this.rename(motherId, team.teamId, name) : false;
    await this.em.transactional(async (tx) => {
      if (input.isDefault) {
        await tx.nativeUpdate(Team, { mother: motherId, teamId: { $ne: team.teamId } }, { isDefault: false });
        await tx.nativeUpdate(Team, { id: team.id }, { isDefault: true });
      }
      if (input.isEnabled != null) await tx.nativeUpdate(Team, { id: team.id }, { isEnabled: input.isEnabled });
    });
    return { renamedUpstream };
  }

  /**
   * Renames upstream, then locally. `false` when the upstream has no rename (the name changes
   * here only); an unreachable upstream changes nothing.
   */
  async rename(motherId: string, teamId: string, name: string): Promise<boolean> {
    let outcome: 'renamed' | 'unsupported';
    try {
      outcome = await this.deps.provider.renameTeam(await teamAccess(this.em, this.deps.box, motherId, teamId), name);
    } catch (err) {
      if (!(err instanceof ProviderError)) throw err;
      await this.verdicts.record(motherId, teamId, err);
      if (err.errorClass === 'bad_request') throw bad(`The upstream refused the name (${err.upstreamCode ?? err.status}).`);
      throw new AppError('UPSTREAM_UNAVAILABLE', { detail: 'The team could not be renamed upstream; nothing was changed.' });
    }
    await this.em.nativeUpdate(Team, { mother: motherId, teamId }, { name });
    return outcome === 'renamed';
  }
}
