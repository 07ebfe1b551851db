import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** An operator grouping of mothers that redeem codes may be restricted to (`placeEmail.motherGroupId`). */
export const MotherGroup = defineEntity({
  name: 'MotherGroup',
  tableName: 'mother_group',
  properties: {
    id: p.uuid().primary(),
    name: p.string().length(100).unique(),
    description: p.text().nullable(),
    /** Team-name template (placeholders `{group}`, `{date}`, `{seq3}`, `{domain}`). */
    teamNameTemplate: p.string().length(200).nullable(),
    createdAt: p.datetime(),
  },
});
export type MotherGroup = InferEntity<typeof MotherGroup>;

/**
 * A self-managed set of mothers: never sold through `placeEmail`; their seats hold child accounts
 * named by the group's templates (optionally filled automatically).
 */
export const PoolGroup = defineEntity({
  name: 'PoolGroup',
  tableName: 'pool_group',
  properties: {
    id: p.uuid().primary(),
    name: p.string().length(100).unique(),
    description: p.text().nullable(),
    isActive: p.boolean().default(true),
    teamTemplate: p.string().length(200).nullable(),
    childNameTemplate: p.string().length(200).nullable(),
    childEmailTemplate: p.string().length(200).nullable(),
    emailDomain: p.string().length(255).nullable(),
    autoInvite: p.boolean().default(false),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  },
});
export type PoolGroup = InferEntity<typeof PoolGroup>;
