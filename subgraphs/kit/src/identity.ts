import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';

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
}

export const IDENTITY_HEADER = 'x-seatpool-identity';
export const SIGNATURE_HEADER = 'x-seatpool-signature';

const mac = (secret: string, payload: string) => createHmac('sha256', secret).update(payload).digest('base64url');

/** Signs an identity; returns the two headers to send. A fresh nonce per call. */
export function signIdentity(
  secret: string,
  identity: Omit<Identity, 'iat' | 'nonce'>,
  now = Date.now(),
): Record<string, string> {
  const payload = Buffer.from(JSON.stringify({ ...identity, iat: now, nonce: randomUUID() })).toString('base64url');
  return { [IDENTITY_HEADER]: payload, [SIGNATURE_HEADER]: mac(secret, payload) };
}

export type VerifyFailure = 'missing' | 'bad_signature' | 'malformed' | 'expired' | 'replayed';

/**
 * Checks signed identity headers: HMAC, a timestamp inside `windowMs` and a nonce not seen before
 * (in this process) inside that window. Returns the identity or why it was refused.
 */
export class IdentityVerifier {
  private readonly seen = new Map<string, number>();

  constructor(private readonly secret: string, private readonly windowMs = 60_000) {}

  verify(payload: string | undefined, signature: string | undefined, now = Date.now()): Identity | VerifyFailure {
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
    if (typeof identity.iat !== 'number' || typeof identity.nonce !== 'string' || !Array.isArray(identity.scopes)) {
      return 'malformed';
    }
    if (Math.abs(now - identity.iat) > this.windowMs) return 'expired';
    this.forgetOld(now);
    if (this.seen.has(identity.nonce)) return 'replayed';
    this.seen.set(identity.nonce, identity.iat);
    return identity;
  }

  private forgetOld(now: number) {
    // Map keeps insertion order, which is (nearly) iat order: stop at the first fresh entry.
    for (const [nonce, iat] of this.seen) {
      if (now - iat <= this.windowMs) break;
      this.seen.delete(nonce);
    }
  }
}
