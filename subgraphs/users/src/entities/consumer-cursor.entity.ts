import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** How far users has read a stream of another domain's facts (e.g. `pool-events`). */
export const ConsumerCursor = defineEntity({
  name: 'ConsumerCursor',
  tableName: 'consumer_cursor',
  properties: {
    name: p.string().length(64).primary(),
    position: p.string().length(64).nullable(),
    updatedAt: p.datetime(),
  },
});
export type ConsumerCursor = InferEntity<typeof ConsumerCursor>;
