import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** A credential for external integrations. Only a keyed hash of the key is stored. */
export const ApiKey = defineEntity({
  name: 'ApiKey',
  tableName: 'api_key',
  properties: {
    id: p.uuid().primary(),
    name: p.string().length(100),
    keyHash: p.string().length(64).unique(),
    /** The first characters of the key, to recognise it in a list. */
    keyPrefix: p.string().length(16),
    scopes: p.json<string[]>(),
    createdAt: p.datetime(),
    expiresAt: p.datetime().nullable(),
    lastUsedAt: p.datetime().nullable(),
    revokedAt: p.datetime().nullable(),
  },
});
export type ApiKey = InferEntity<typeof ApiKey>;

/** A nonce an ingest request used; a second request with it inside the window is a replay. */
export const IngestNonce = defineEntity({
  name: 'IngestNonce',
  tableName: 'ingest_nonce',
  properties: {
    id: p.integer().primary().autoincrement(),
    keyId: p.string().length(36),
    nonce: p.string().length(100),
    createdAt: p.datetime(),
  },
  uniques: [{ properties: ['keyId', 'nonce'] }],
  indexes: [{ properties: ['createdAt'] }],
});
export type IngestNonce = InferEntity<typeof IngestNonce>;
