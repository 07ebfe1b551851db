import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Mother } from './mother.entity';

/**
 * A workspace of a mother; `teamId` is the upstream account id. One workspace belongs to one
 * mother (a second would sell the same seats twice), so `teamId` is unique on its own.
 */
export const Team = defineEntity({
  name: 'Team',
  tableName: 'team',
  properties: {
    id: p.integer().primary().autoincrement(),
    mother: () => p.manyToOne(Mother).ref(),
    teamId: p.string().length(64),
    name: p.string().length(200).nullable(),
    isEnabled: p.boolean().default(true),
    isDefault: p.boolean().default(false),
    /** When the upstream stopped showing this workspace (deactivated or gone); it is disabled then. */
    lostAt: p.datetime().nullable(),
  },
  uniques: [{ properties: ['mother', 'teamId'] }, { properties: ['teamId'] }],
});
export type Team = InferEntity<typeof Team>;
