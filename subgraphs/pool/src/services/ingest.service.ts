import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import { AppError } from '@seatpool/kit';
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { IngestNonce } from '../entities';
import type { ApiKeyService } from './api-key.service';
import { bad } from './common';
import type { PoolDeps } from './deps';
import { entryFromObject } from './mother-import-parse';
import type { MotherImportService } from './mother-import.service';

export interface IngestMotherInput {
  keyId: string;
  /** Unix seconds when the capture tool signed the request. */
  timestamp: number;
  nonce: string;
  /** The mother (or the pasted session answer) as JSON text, exactly the bytes that were signed. */
  payload: string;
  /** Lower-case hex HMAC-SHA256 of `canonicalIngest(...)` under the key's signing secret. */
  signature: string;
}

/** Clocks may drift: a timestamp this far in the future is still accepted (the past gets the whole window). */
const FUTURE_SKEW_MS = 30_000;
const NONCE = /^[A-Za-z0-9_-]{16,100}$/;
const MAX_PAYLOAD = 64 * 1024;

/** The exact text a capture tool signs. */
export function canonicalIngest(keyId: string, timestamp: number, nonce: string, payload: string): string {
  return ['v1', keyId, String(timestamp), nonce, createHash('sha256').update(payload, 'utf8').digest('hex')].join('\n');
}

const unauthenticated = (detail: string) => new AppError('UNAUTHENTICATED', { detail });

/**
 * The signed ingest for the local capture tool. A request is accepted once: the key must be an
 * active API key with the `ingest` scope, the HMAC must match, the timestamp must lie in
 * [now − window, now + 30 s] and the nonce must be new for that key (kept for the whole window,
 * so a replay inside it is refused and one after it fails the timestamp check).
 */
export class IngestService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: PoolDeps,
    private readonly apiKeys: ApiKeyService,
    private readonly importer: MotherImportService,
  ) {}

  async ingest(input: IngestMotherInput) {
    const key = await this.apiKeys.requireActive(input.keyId, 'ingest');
    if (!NONCE.test(input.nonce)) throw bad('nonce must be 16 to 100 characters from A-Z a-z 0-9 _ -.');
    if (input.payload.length > MAX_PAYLOAD) throw bad('payload must be at most 64 KB.');
    const now = this.deps.now();
    const age = now.getTime() - input.timestamp * 1000;
    if (!Number.isInteger(input.timestamp) || age > this.deps.tuning.ingestWindowMs || age < -FUTURE_SKEW_MS) {
      throw unauthenticated('The timestamp is outside the accepted window.');
    }
    const expected = createHmac('sha256', this.apiKeys.signingSecret(key.id)).update(canonicalIngest(key.id, input.timestamp, input.nonce, input.payload)).digest();
    const given = /^[0-9a-f]{64}$/i.test(input.signature) ? Buffer.from(input.signature, 'hex') : Buffer.alloc(0);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw unauthenticated('The signature does not match.');
    try {
      await this.em.insert(IngestNonce, { keyId: key.id, nonce: input.nonce, createdAt: now });
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) throw unauthenticated('This request was already received (replayed nonce).');
      throw err;
    }
    let value: unknown;
    try {
      value = JSON.parse(input.payload);
    } catch {
      throw bad('payload is not valid JSON.');
    }
    const checked = this.importer.check(entryFromObject(value, 1), {});
    const line = 'line' in checked ? checked : await this.importer.importOne(checked.entry, checked.candidate);
    if (line.status === 'failed') throw new AppError(line.errorCode === 'UPSTREAM_UNAVAILABLE' || line.errorCode === 'CONFLICT' ? line.errorCode : 'BAD_USER_INPUT', { detail: line.detail ?? undefined });
    this.deps.logger.info({ keyId: key.id, motherId: line.motherId, status: line.status }, 'mother ingested');
    return { motherId: line.motherId!, created: line.status === 'created' };
  }

  /** Nonces older than the window can no longer be replayed (the timestamp check refuses them). */
  purgeNonces(): Promise<number> {
    const cutoff = new Date(this.deps.now().getTime() - this.deps.tuning.ingestWindowMs - FUTURE_SKEW_MS);
    return this.em.nativeDelete(IngestNonce, { createdAt: { $lt: cutoff } });
  }
}
