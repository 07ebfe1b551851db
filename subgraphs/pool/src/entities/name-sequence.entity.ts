import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** A daily counter (`scope` = `<groupId>:<kind>`, `day` = UTC YYYYMMDD); one conditional UPDATE per number. */
export const NameSequence = defineEntity({
  name: 'NameSequence',
  tableName: 'name_sequence',
  properties: {
    id: p.integer().primary().autoincrement(),
    scope: p.string().length(100),
    day: p.string().length(8),
    value: p.integer().default(0),
  },
  uniques: [{ properties: ['scope', 'day'] }],
});
export type NameSequence = InferEntity<typeof NameSequence>;
