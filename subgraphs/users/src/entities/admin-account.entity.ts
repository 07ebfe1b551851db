import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** The single operator account. `passwordHash` is self-describing scrypt (`scrypt$N$r$p$salt$hash`). */
export const AdminAccount = defineEntity({
  name: 'AdminAccount',
  tableName: 'admin_account',
  properties: {
    id: p.string().length(36).primary().onCreate(() => randomUUID()),
    passwordHash: p.string().length(255),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});
export type AdminAccount = InferEntity<typeof AdminAccount>;
