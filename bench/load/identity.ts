/**
 * Signed identities for calls straight to a subgraph (what the gateway would send), fresh per
 * request since every signature is single-use. The one place the benchmark depends on the
 * identity format: when the gateway's signing changes (audience, body hash), change it here.
 */
import { signIdentity, type Identity, type IdentityBinding } from '@seatpool/kit';
import { randomUUID } from 'node:crypto';

export function directHeaders(secret: string, who: Pick<Identity, 'kind' | 'sub' | 'scopes'>, binding: IdentityBinding): () => Record<string, string> {
  return () => signIdentity(secret, { ...who, rid: `bench-${randomUUID()}`, ip: '127.0.0.1' }, binding);
}
