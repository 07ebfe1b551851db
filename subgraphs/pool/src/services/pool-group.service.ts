import type { EntityManager } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Mother, PoolGroup } from '../entities';
import { bad, conflict, countsBy, idOf, notFound, optionalText, pageByName, rowsByIds, uniqueName } from './common';
import type { PoolDeps } from './deps';
import { groupName } from './mother-group.service';
import {
  DEFAULT_CHILD_EMAIL_TEMPLATE, DEFAULT_CHILD_NAME_TEMPLATE, DEFAULT_TEAM_TEMPLATE, render, utcDay, validateDomain, validateTemplate,
} from './naming';
import { validateEmail } from './placement-input';
import type { SequenceService } from './sequence.service';

export interface PoolGroupInput {
  id?: string;
  name?: string | null;
  description?: string | null;
  isActive?: boolean | null;
  teamTemplate?: string | null;
  childNameTemplate?: string | null;
  childEmailTemplate?: string | null;
  emailDomain?: string | null;
  autoInvite?: boolean | null;
}

export interface NamePreviewInput {
  poolGroupId: string;
  teamTemplate?: string | null;
  childNameTemplate?: string | null;
  childEmailTemplate?: string | null;
  emailDomain?: string | null;
  count?: number | null;
}

export type SeqKind = 'team' | 'child';
export const seqScope = (groupId: string, kind: SeqKind) => `${groupId}:${kind}`;

/** Pool groups and their naming settings; previews never take a sequence number. */
export class PoolGroupService {
  constructor(private readonly em: EntityManager, private readonly deps: PoolDeps, private readonly sequences: SequenceService) {}

  async create(input: PoolGroupInput): Promise<PoolGroup> {
    const id = randomUUID();
    const now = this.deps.now();
    const name = groupName(input.name);
    const settings = this.settings(input, { name });
    await this.write(() => this.em.insert(PoolGroup, { id, isActive: true, autoInvite: false, ...settings, name, createdAt: now, updatedAt: now }));
    return this.get(id);
  }

  /** Changes the given fields (an explicit null clears a template); the result must still render. */
  async update(input: PoolGroupInput & { id: string }): Promise<PoolGroup> {
    const current = await this.get(input.id);
    const patch = this.settings({ ...current, ...definedOnly(input) }, input.name !== undefined ? { name: groupName(input.name) } : {});
    await this.write(() => this.em.nativeUpdate(PoolGroup, { id: current.id }, { ...patch, updatedAt: this.deps.now() }));
    return this.get(current.id);
  }

  /** Deletes a group without mothers (its mothers would otherwise lose their naming and sync). */
  async delete(rawId: string): Promise<string> {
    const group = await this.get(rawId);
    const used = await this.em.count(Mother, { poolGroupId: group.id });
    if (used) throw conflict(`The pool group still has ${used} mother(s); move them first.`);
    await this.em.nativeDelete(PoolGroup, { id: group.id });
    return group.id;
  }

  async get(rawId: string): Promise<PoolGroup> {
    const id = idOf('pool group', rawId);
    const group = await this.em.findOne(PoolGroup, { id }, { disableIdentityMap: true });
    if (!group) throw notFound(`No pool group has the id ${id}.`);
    return group;
  }

  list(page?: number | null, pageSize?: number | null) {
    return pageByName(this.em, PoolGroup, page, pageSize);
  }

  byIds(ids: readonly string[]): Promise<Map<string, PoolGroup>> {
    return rowsByIds(this.em, PoolGroup, ids);
  }

  /** Mothers per pool group with one aggregate query. */
  motherCounts(ids: readonly string[]): Promise<Map<string, number>> {
    return countsBy(this.em, 'mother', 'pool_group_id', ids);
  }

  /** The next names the group would generate (stored settings, or the given unsaved ones), without taking a number. */
  async preview(input: NamePreviewInput) {
    const group = await this.get(input.poolGroupId);
    const count = input.count ?? 3;
    if (!Number.isInteger(count) || count < 1 || count > 10) throw bad('count must be from 1 to 10.');
    const s = this.settings({ ...group, ...definedOnly(input) }, {});
    const day = utcDay(this.deps.now());
    const [team, child] = await Promise.all([this.sequences.peek(seqScope(group.id, 'team'), day), this.sequences.peek(seqScope(group.id, 'child'), day)]);
    const vars = (seq: number) => ({ group: group.name, date: day, seq, domain: s.emailDomain ?? this.deps.tuning.childEmailDomain });
    const names = (template: string, last: number) => Array.from({ length: count }, (_, i) => render(template, vars(last + i + 1)));
    return {
      teamNames: names(s.teamTemplate ?? DEFAULT_TEAM_TEMPLATE, team),
      childNames: names(s.childNameTemplate ?? DEFAULT_CHILD_NAME_TEMPLATE, child),
      childEmails: names(s.childEmailTemplate ?? DEFAULT_CHILD_EMAIL_TEMPLATE, child).map((e) => e.toLowerCase()),
    };
  }

  /** Validated settings; a child email template that would not render a valid address is refused now, not at sync time. */
  private settings(input: PoolGroupInput, extra: { name?: string }) {
    const out = {
      ...extra,
      description: optionalText('description', input.description, 500),
      teamTemplate: validateTemplate('teamTemplate', input.teamTemplate),
      childNameTemplate: validateTemplate('childNameTemplate', input.childNameTemplate),
      childEmailTemplate: validateTemplate('childEmailTemplate', input.childEmailTemplate),
      emailDomain: validateDomain(input.emailDomain),
      ...(input.isActive != null ? { isActive: input.isActive } : {}),
      ...(input.autoInvite != null ? { autoInvite: input.autoInvite } : {}),
    };
    const domain = out.emailDomain ?? this.deps.tuning.childEmailDomain;
    const sample = { group: extra.name ?? 'group', date: '20260101', seq: 1, domain };
    if (out.childEmailTemplate || domain) validateEmail(render(out.childEmailTemplate ?? DEFAULT_CHILD_EMAIL_TEMPLATE, sample), 'childEmailTemplate (rendered)');
    render(out.teamTemplate ?? DEFAULT_TEAM_TEMPLATE, sample);
    return out;
  }

  private write(run: () => Promise<unknown>) {
    return uniqueName(run, 'A pool group with this name already exists.');
  }
}

const definedOnly = <T extends object>(o: T): Partial<T> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
