import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * One resend of a placement's invite under the caller's resend key, inserted before the upstream
 * call: the unique key makes a repeated call (a batch job reclaimed after its worker died) send at
 * most once. A resend the upstream definitely refused deletes its row, so the same key may try again.
 */
export const PlacementResend = defineEntity({
  name: 'PlacementResend',
  tableName: 'placement_resend',
  properties: {
    resendKey: p.string().length(100).primary(),
    placementKey: p.string().length(200),
    createdAt: p.datetime(),
  },
});
export type PlacementResend = InferEntity<typeof PlacementResend>;
