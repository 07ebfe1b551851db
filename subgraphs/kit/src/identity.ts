import { createHash, createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { MemoryReplayGuard, type ReplayGuard } from './replay-guard';

/** Who is calling, as vouched for by the gateway (or by an internal service) with an HMAC. */
export interface Identity {
  /** anonymous: a public caller through the gateway; admin: a logged-in operator; apikey: an integration; service: another seatpool service. */
  kind: 'anonymous' | 'admin' | 'apikey' | 'service';
  /** Session id, API key id or service name; empty for anonymous callers. */
  sub: string;
  scopes: string[];
  /** Request id the identity was issued for (log correlation). */
  rid: string;
  /** Client address as the gateway saw it (for rate limits and the audit log). */
  ip?: string;
  /** Issue time, ms since epoch; bounds the replay window. */
  iat: number;
  /** Single-use value; a verifier refuses one it has already seen inside the window. */
  nonce: string;
  /** Audience: the one service the identity was signed for (`users`, `pool`, `stats`). */
  aud: string;
  /** SHA-256 (base64url) of the exact HTTP body the identity was signed for. */
  bh: string;
}

export const IDENTITY_HEADER = 'x-seatpool-identity';
export const SIGNATURE_HEADER = 'x-seatpool-signature';

/** What a signature is bound to: the receiving service and the body it receives. */
export interface IdentityBinding {
  audience: string;
  /** The exact bytes sent as the HTTP body (what the receiver hashes). */
  body: string | Buffer;
}

const mac = (secret: string, payload: string) => createHmac('sha256', secret).update(payload).digest('base64url');
export const bodyHash = (body: string | Buffer) => createHash('sha256').update(body).digest('base64url');

/** Signs an identity for one request to one service; returns the two headers to send. A fresh nonce per call. */
export function signIdentity(
  secret: string,
  identity: Omit<Identity, 'iat' | 'nonce' | 'aud' | 'bh'>,
  binding: IdentityBinding,
  now = Date.now(),
): Record<string, string> {
  const claims: Identity = { ...identity, iat: now, nonce: randomUUID(), aud: binding.audience, bh: bodyHash(binding.body) };
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return { [IDENTITY_HEADER]: payload, [SIGNATURE_HEADER]: mac(secret, payload) };
}

export type VerifyFailure = 'missing' | 'bad_signature' | 'malformed' | 'expired' | 'wrong_audience' | 'body_mismatch' | 'replayed';

export interface VerifierOptions {
  /** This service's name: identities signed for another audience are refused. */
  audience: string;
  /** Where used nonces are remembered (Redis when shared; memory otherwise). */
  replay?: ReplayGuard;
  /** Accepted clock distance of `iat`, in ms. */
  windowMs?: number;
}

/**
 * Checks signed identity headers: HMAC, audience, body hash, a timestamp inside the window, and a
 * nonce used only once (claimed in the replay guard, shared by replicas when it is Redis).
 */
export class IdentityVerifier {
  readonly audience: string;
  private readonly replay: ReplayGuard;
  private readonly windowMs: number;

  constructor(private readonly secret: string, opts: VerifierOptions) {
    this.audience = opts.audience;
    this.replay = opts.replay ?? new MemoryReplayGuard();
    this.windowMs = opts.windowMs ?? 60_000;
  }

  async verify(payload: string | undefined, signature: string | undefined, body: string | Buffer, now = Date.now()): Promise<Identity | VerifyFailure> {
    if (!payload || !signature) return 'missing';
    const expected = Buffer.from(mac(this.secret, payload));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'bad_signature';
    let identity: Identity;
    try {
      identity = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    } catch {
      return 'malformed';
    }
    if (
      typeof identity.iat !== 'number' ||
      typeof identity.nonce !== 'string' ||
      typeof identity.aud !== 'string' ||
      typeof identity.bh !== 'string' ||
      !Array.isArray(identity.scopes)
    ) {
      return 'malformed';
    }
    if (identity.aud !== this.audience) return 'wrong_audience';
    if (Math.abs(now - identity.iat) > this.windowMs) return 'expired';
    if (identity.bh !== bodyHash(body)) return 'body_mismatch';
    // Remembered for twice the window: an iat up to `windowMs` in the future stays covered. An
    // in-memory guard also refuses anything issued before it started (a restart forgets nonces).
    if (!(await this.replay.claim(`${identity.aud}:${identity.nonce}`, { ttlMs: 2 * this.windowMs, iat: identity.iat, now }))) return 'replayed';
    return identity;
  }
}
