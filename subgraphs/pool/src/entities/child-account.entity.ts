import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Mother } from './mother.entity';

export const CHILD_STATUSES = ['invited', 'active', 'missing'] as const;
export type ChildStatus = (typeof CHILD_STATUSES)[number];
/** `created`: invited by pool (admin or auto-invite); `discovered`: found upstream without a record. */
export type ChildOrigin = 'created' | 'discovered';

/**
 * A member (or pending invite) of a mother's workspace that is not a customer placement. While it
 * is INVITED or ACTIVE it occupies a seat whose `placementKey` is `child:<id>`.
 */
export const ChildAccount = defineEntity({
  name: 'ChildAccount',
  tableName: 'child_account',
  properties: {
    id: p.uuid().primary(),
    mother: () => p.manyToOne(Mother).ref(),
    teamId: p.string().length(64),
    email: p.string().length(254),
    name: p.string().length(200).nullable(),
    status: p.string().length(16).$type<ChildStatus>(),
    origin: p.string().length(16).$type<ChildOrigin>(),
    memberId: p.string().length(100).nullable(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
    lastSeenAt: p.datetime().nullable(),
  },
  uniques: [{ properties: ['mother', 'teamId', 'email'] }],
  indexes: [{ properties: ['status'] }],
});
export type ChildAccount = InferEntity<typeof ChildAccount>;
