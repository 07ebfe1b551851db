import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Mother } from './mother.entity';

/** A workspace of a mother; `teamId` is the upstream account id. */
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
  },
  uniques: [{ properties: ['mother', 'teamId'] }],
});
export type Team = InferEntity<typeof Team>;
