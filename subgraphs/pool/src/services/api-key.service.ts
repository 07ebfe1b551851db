import type { EntityManager } from '@mikro-orm/core';
import { AppError, keyedHash } from '@seatpool/kit';
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { ApiKey } from '../entities';
import { bad, idOf, notFound, pageArgs } from './common';
import type { PoolDeps } from './deps';

/** Scopes a key may carry; `requireAdmin(ctx, scope)` in each subgraph decides what they open. */
export const API_SCOPES = ['pool:read', 'pool:write', 'ingest', 'users:read', 'users:write', 'stats:read', 'notify:read', 'notify:write'] as const;

export interface CreateApiKeyInput {
  name: string;
  scopes: string[];
  expiresAt?: Date | null;
}

const KEY_PREFIX = 'spk_';
/** `lastUsedAt` is written at most once a minute per key, not on every request. */
const TOUCH_EVERY_MS = 60_000;

/**
 * API keys for external integrations (the gateway turns one into an `apikey` identity with its
 * scopes). The plain key is shown once; only a keyed hash is stored. A key with the `ingest` scope
 * also gets a signing secret for the signed ingest, derived from the key id (never stored).
 */
export class ApiKeyService {
  constructor(private readonly em: EntityManager, private readonly deps: PoolDeps) {}

  async create(input: CreateApiKeyInput) {
    const name = input.name.trim();
    if (name.length < 1 || name.length > 100) throw bad('name must be 1 to 100 characters.');
    const scopes = [...new Set(input.scopes)];
    if (!scopes.length) throw bad('scopes must name at least one scope.');
    const unknown = scopes.find((s) => !(API_SCOPES as readonly string[]).includes(s));
    if (unknown) throw bad(`Unknown scope "${unknown.slice(0, 40)}"; allowed: ${API_SCOPES.join(', ')}.`);
    if (input.expiresAt && input.expiresAt <= this.deps.now()) throw bad('expiresAt must be in the future.');
    const id = randomUUID();
    const key = `${KEY_PREFIX}${randomBytes(24).toString('base64url')}`;
    await this.em.insert(ApiKey, {
      id, name, keyHash: keyedHash(this.deps.hashKey, key), keyPrefix: key.slice(0, 12), scopes, createdAt: this.deps.now(), expiresAt: input.expiresAt ?? null,
    });
    return { apiKey: await this.get(id), key, signingSecret: scopes.includes('ingest') ? this.signingSecret(id) : null };
  }

  async list(page?: number | null, pageSize?: number | null, includeRevoked = false) {
    const args = pageArgs(page, pageSize);
    const [items, total] = await this.em.findAndCount(ApiKey, includeRevoked ? {} : { revokedAt: null }, {
      orderBy: { createdAt: 'desc', id: 'asc' }, limit: args.pageSize, offset: args.offset, disableIdentityMap: true,
    });
    return { items, total, page: args.page, pageSize: args.pageSize };
  }

  /** Revokes at once (the gateway asks on every request); revoking twice returns the same key. */
  async revoke(rawId: string): Promise<ApiKey> {
    const key = await this.get(rawId);
    await this.em.nativeUpdate(ApiKey, { id: key.id, revokedAt: null }, { revokedAt: this.deps.now() });
    return this.get(key.id);
  }

  /** The key's id and scopes when it is known, not revoked and not expired; null otherwise. */
  async verify(plain: string): Promise<{ keyId: string; scopes: string[] } | null> {
    if (!plain.startsWith(KEY_PREFIX) || plain.length > 200) return null;
    const now = this.deps.now();
    const key = await this.em.findOne(ApiKey, { keyHash: keyedHash(this.deps.hashKey, plain) }, { disableIdentityMap: true });
    if (!key || !this.usable(key, now)) return null;
    const stale = new Date(now.getTime() - TOUCH_EVERY_MS);
    await this.em.nativeUpdate(ApiKey, { id: key.id, $or: [{ lastUsedAt: null }, { lastUsedAt: { $lt: stale } }] }, { lastUsedAt: now });
    return { keyId: key.id, scopes: key.scopes };
  }

  /** An active key carrying `scope`; UNAUTHENTICATED / FORBIDDEN otherwise (the signed ingest's caller). */
  async requireActive(rawId: string, scope: string): Promise<ApiKey> {
    const key = /^[0-9a-f-]{36}$/i.test(rawId) ? await this.em.findOne(ApiKey, { id: rawId.toLowerCase() }, { disableIdentityMap: true }) : null;
    if (!key || !this.usable(key, this.deps.now())) throw new AppError('UNAUTHENTICATED', { detail: 'The key is unknown, revoked or expired.' });
    if (!key.scopes.includes(scope)) throw new AppError('FORBIDDEN', { detail: `The key lacks the ${scope} scope.` });
    return key;
  }

  /** The ingest signing secret of a key: HMAC of its id under the pool's hash key. */
  signingSecret(keyId: string): string {
    return createHmac('sha256', this.deps.hashKey).update(`ingest-signing:${keyId}`).digest('base64url');
  }

  async get(rawId: string): Promise<ApiKey> {
    const key = await this.em.findOne(ApiKey, { id: idOf('API key', rawId) }, { disableIdentityMap: true });
    if (!key) throw notFound(`No API key has the id ${rawId}.`);
    return key;
  }

  private usable(key: ApiKey, now: Date) {
    return !key.revokedAt && (!key.expiresAt || key.expiresAt > now);
  }
}
