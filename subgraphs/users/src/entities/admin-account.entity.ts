import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/**
 * The operator account (one today). `name` is unique so two replicas bootstrapping at once cannot
 * both create it; `passwordHash` is self-describing scrypt (`scrypt$N$r$p$salt$hash`).
 */
export const AdminAccount = defineEntity({
  name: 'AdminAccount',
  tableName: 'admin_account',
  properties: {
    id: p.string().length(36).primary().onCreate(() => randomUUID()),
    name: p.string().length(64).unique(),
    passwordHash: p.string().length(255),
    createdAt: p.datetime().onCreate(() => new Date()),
    passwordChangedAt: p.datetime().nullable(),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});
export type AdminAccount = InferEntity<typeof AdminAccount>;
