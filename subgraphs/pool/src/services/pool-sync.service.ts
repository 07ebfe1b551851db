import type { EntityManager } from '@mikro-orm/core';
import { AppError } from '@seatpool/kit';
import { Mother, MotherGroup, PoolGroup, Seat, Team } from '../entities';
import type { ChildAccountCommandService } from './child-account-command.service';
import { bad, idOf, isUuid, notFound } from './common';
import type { PoolDeps } from './deps';
import type { MemberSyncService, SyncReport } from './member-sync.service';
import { DEFAULT_TEAM_TEMPLATE, followsTemplate, render, usesSeq, utcDay } from './naming';
import { seqScope, type PoolGroupService } from './pool-group.service';
import type { SequenceService } from './sequence.service';
import type { TeamCommandService } from './team-command.service';

export interface PoolSyncResult {
  motherId: string;
  sync: SyncReport | null;
  renamed: number;
  invited: number;
  errors: string[];
}

/** Most seats the auto-invite fills on one mother per run. */
const AUTO_INVITE_PER_RUN = 20;

/**
 * The pool-group sync of a mother: member/invite sync (children), team names from the group's
 * template (a team already following it keeps its name and number), then, when the group asks for
 * it, free seats filled with generated child emails.
 */
export class PoolSyncService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: PoolDeps,
    private readonly members: MemberSyncService,
    private readonly teams: TeamCommandService,
    private readonly children: ChildAccountCommandService,
    private readonly groups: PoolGroupService,
    private readonly sequences: SequenceService,
  ) {}

  /** Syncs one mother of the group, or all of them (oldest first, one after another); errors are per mother. */
  async syncGroup(poolGroupId: string, motherId?: string | null) {
    const group = await this.groups.get(poolGroupId);
    if (!group.isActive) throw bad('The pool group is inactive.');
    const where = motherId ? { id: idOf('mother', motherId), poolGroupId: group.id } : { poolGroupId: group.id };
    const mothers = await this.em.find(Mother, where, { fields: ['id'], orderBy: { createdAt: 'asc' }, limit: 200, disableIdentityMap: true });
    if (motherId && !mothers.length) throw bad('The mother is not in this pool group.');
    const results: PoolSyncResult[] = [];
    for (const m of mothers) results.push(await this.syncMother(m.id));
    return { poolGroupId: group.id, mothers: results };
  }

  async syncMother(motherId: string): Promise<PoolSyncResult> {
    const result: PoolSyncResult = { motherId, sync: null, renamed: 0, invited: 0, errors: [] };
    const step = async (name: string, run: () => Promise<void>) => {
      try {
        await run();
      } catch (err) {
        result.errors.push(`${name}: ${err instanceof AppError ? err.code : 'INTERNAL'}${err instanceof AppError && err.detail ? ` ${err.detail}` : ''}`);
        if (!(err instanceof AppError)) this.deps.logger.error({ err, motherId, step: name }, 'pool sync step failed');
      }
    };
    await step('members', async () => {
      result.sync = await this.members.syncMother(motherId);
      if (result.sync.error) result.errors.push(`members: ${result.sync.error}`);
    });
    if (result.errors.length) return result;
    await step('names', async () => void (result.renamed = await this.applyTeamNames(motherId)));
    await step('auto_invite', async () => void (result.invited = await this.autoInvite(motherId)));
    this.deps.metrics.synced('renamed', result.renamed);
    this.deps.metrics.synced('invited', result.invited);
    return result;
  }

  /**
   * Renames the mother's enabled teams that do not follow its template: the pool group's team
   * template (default `{group}-{date}-{seq3}`), else its mother group's. Returns how many changed.
   */
  async applyTeamNames(rawMotherId: string): Promise<number> {
    const mother = await this.em.findOne(Mother, { id: idOf('mother', rawMotherId) }, { fields: ['poolGroupId', 'motherGroupId'], disableIdentityMap: true });
    if (!mother) throw notFound(`No mother has the id ${rawMotherId}.`);
    const source = await this.templateOf(mother);
    if (!source) throw bad('The mother is in no pool group and its mother group has no team-name template.');
    const teams = await this.em.find(Team, { mother: mother.id, isEnabled: true }, { orderBy: { id: 'asc' }, disableIdentityMap: true });
    const day = utcDay(this.deps.now());
    let renamed = 0;
    for (const team of teams) {
      if (followsTemplate(source.template, team.name ?? null, { group: source.group, domain: source.domain })) continue;
      const seq = usesSeq(source.template) ? await this.sequences.take(seqScope(source.id, 'team'), day) : undefined;
      await this.teams.rename(mother.id, team.teamId, render(source.template, { group: source.group, date: day, seq, domain: source.domain }).slice(0, 200));
      renamed++;
    }
    return renamed;
  }

  /** Fills free seats of an ACTIVE pool-group mother with generated children (when the group's autoInvite is on). */
  private async autoInvite(motherId: string): Promise<number> {
    const mother = await this.em.findOneOrFail(Mother, { id: motherId }, { fields: ['status', 'poolGroupId'], disableIdentityMap: true });
    if (mother.status !== 'active' || !mother.poolGroupId) return 0;
    const group = await this.em.findOne(PoolGroup, { id: mother.poolGroupId }, { fields: ['autoInvite', 'isActive'], disableIdentityMap: true });
    if (!group?.autoInvite || !group.isActive) return 0;
    const free = Math.min(AUTO_INVITE_PER_RUN, await this.em.count(Seat, { mother: motherId, status: 'free' }));
    let invited = 0;
    for (let i = 0; i < free; i++) {
      try {
        await this.children.create({ motherId });
        invited++;
      } catch (err) {
        if (err instanceof AppError && err.code === 'NO_CAPACITY') break;
        throw err;
      }
    }
    return invited;
  }

  private async templateOf(mother: Pick<Mother, 'poolGroupId' | 'motherGroupId'>) {
    const domain = this.deps.tuning.childEmailDomain;
    if (mother.poolGroupId) {
      const g = await this.em.findOneOrFail(PoolGroup, { id: mother.poolGroupId }, { disableIdentityMap: true });
      return { id: g.id, group: g.name, template: g.teamTemplate ?? DEFAULT_TEAM_TEMPLATE, domain: g.emailDomain ?? domain };
    }
    if (!mother.motherGroupId || !isUuid(mother.motherGroupId)) return null;
    const g = await this.em.findOne(MotherGroup, { id: mother.motherGroupId }, { disableIdentityMap: true });
    return g?.teamNameTemplate ? { id: g.id, group: g.name, template: g.teamNameTemplate, domain } : null;
  }
}
