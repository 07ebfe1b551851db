import type { EntityManager } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Mother, MotherGroup } from '../entities';
import { bad, conflict, idOf, isUuid, notFound, optionalText, pageByName, rowsByIds, uniqueName } from './common';
import { validateTemplate } from './naming';

export interface MotherGroupInput {
  id?: string;
  name?: string | null;
  description?: string | null;
  teamNameTemplate?: string | null;
}

/** Mother groups: operator groupings that redeem codes may be restricted to. */
export class MotherGroupService {
  constructor(private readonly em: EntityManager, private readonly now: () => Date) {}

  async create(input: MotherGroupInput): Promise<MotherGroup> {
    const id = randomUUID();
    const values = { name: groupName(input.name), description: optionalText('description', input.description, 500), teamNameTemplate: validateTemplate('teamNameTemplate', input.teamNameTemplate) };
    await this.write(() => this.em.insert(MotherGroup, { id, ...values, createdAt: this.now() }));
    return this.get(id);
  }

  /** Changes the given fields; an explicit null clears description or template. */
  async update(input: MotherGroupInput & { id: string }): Promise<MotherGroup> {
    const id = idOf('mother group', input.id);
    await this.get(id);
    const patch: Partial<MotherGroup> = {};
    if (input.name !== undefined) patch.name = groupName(input.name);
    if (input.description !== undefined) patch.description = optionalText('description', input.description, 500);
    if (input.teamNameTemplate !== undefined) patch.teamNameTemplate = validateTemplate('teamNameTemplate', input.teamNameTemplate);
    if (Object.keys(patch).length) await this.write(() => this.em.nativeUpdate(MotherGroup, { id }, patch));
    return this.get(id);
  }

  /** Deletes an empty group; a group that still has mothers is refused (codes may point at it). */
  async delete(rawId: string): Promise<string> {
    const id = idOf('mother group', rawId);
    await this.get(id);
    const used = await this.em.count(Mother, { motherGroupId: id });
    if (used) throw conflict(`The mother group still has ${used} mother(s); move them first.`);
    await this.em.nativeDelete(MotherGroup, { id });
    return id;
  }

  async get(rawId: string): Promise<MotherGroup> {
    const id = idOf('mother group', rawId);
    const group = await this.em.findOne(MotherGroup, { id }, { disableIdentityMap: true });
    if (!group) throw notFound(`No mother group has the id ${id}.`);
    return group;
  }

  /** Whether the group exists (a malformed id is simply not one). */
  async exists(rawId: string): Promise<boolean> {
    if (!isUuid(rawId)) return false;
    return (await this.em.count(MotherGroup, { id: rawId.toLowerCase() })) > 0;
  }

  list(page?: number | null, pageSize?: number | null) {
    return pageByName(this.em, MotherGroup, page, pageSize);
  }

  byIds(ids: readonly string[]): Promise<Map<string, MotherGroup>> {
    return rowsByIds(this.em, MotherGroup, ids);
  }

  private write(run: () => Promise<unknown>) {
    return uniqueName(run, 'A mother group with this name already exists.');
  }
}

export function groupName(raw: string | null | undefined): string {
  const name = raw?.trim() ?? '';
  if (name.length < 1 || name.length > 100) throw bad('name must be 1 to 100 characters.');
  return name;
}
