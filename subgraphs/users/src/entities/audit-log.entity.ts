import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** One admin action: who (actor + session), what (action, target), with which redacted input, from where. */
export const AuditLog = defineEntity({
  name: 'AuditLog',
  tableName: 'audit_log',
  properties: {
    id: p.string().length(36).primary().onCreate(() => randomUUID()),
    actor: p.string().length(64),
    sessionId: p.string().length(64).nullable(),
    action: p.string().length(64).index(),
    targetType: p.string().length(32).nullable(),
    targetId: p.string().length(64).nullable(),
    /** JSON with secrets (passwords, tokens, plain codes) replaced by `[redacted]`. */
    payload: p.text().nullable(),
    requestId: p.string().length(128).nullable(),
    ip: p.string().length(64).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()).index(),
  },
  indexes: [{ properties: ['targetType', 'targetId'] }],
});
export type AuditLog = InferEntity<typeof AuditLog>;
