import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** A named lease in a domain's own database: the holder runs that domain's background work. */
export const Lease = defineEntity({
  name: 'Lease',
  tableName: 'kit_lease',
  properties: {
    name: p.string().primary(),
    holder: p.string(),
    expiresAt: p.datetime(),
  },
});
export type Lease = InferEntity<typeof Lease>;
