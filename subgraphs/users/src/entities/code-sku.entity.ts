import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/**
 * A code product: the terms its codes are minted with. A null limit means unlimited. Codes copy
 * the terms when they are generated, so editing a SKU never changes codes already sold.
 */
export const CodeSku = defineEntity({
  name: 'CodeSku',
  tableName: 'code_sku',
  properties: {
    id: p.string().length(36).primary().onCreate(() => randomUUID()),
    name: p.string().length(100),
    slug: p.string().length(64).unique(),
    description: p.string().length(500).nullable(),
    lifecycleDays: p.integer(),
    switchLimit: p.integer().nullable(),
    refreshLimit: p.integer().nullable(),
    priceCents: p.integer().default(0),
    active: p.boolean().default(true),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
  indexes: [{ properties: ['active', 'createdAt'] }],
});
export type CodeSku = InferEntity<typeof CodeSku>;
