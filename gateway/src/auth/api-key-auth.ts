import { createServiceClient } from '@seatpool/kit';

const VERIFY = `query($key: String!) { verifyApiKey(key: $key) { keyId scopes } }`;

export interface VerifiedApiKey {
  keyId: string;
  scopes: string[];
}
/** Resolves an API key to its id and scopes; null when unknown or revoked. */
export type ApiKeyVerifier = (key: string, requestId: string) => Promise<VerifiedApiKey | null>;

/**
 * API keys are pool's (it issues, stores hashed and revokes them): ask its internal
 * `verifyApiKey` on every request, for the same reason sessions are not cached — a revoked
 * key stops working at once.
 */
export function createApiKeyVerifier(poolUrl: string, secret: string, timeoutMs: number): ApiKeyVerifier {
  const call = createServiceClient({ url: poolUrl, secret, service: 'gateway', audience: 'pool', timeoutMs });
  return async (key, requestId) => {
    const res = await call<{ verifyApiKey: VerifiedApiKey | null }>(VERIFY, { key }, requestId);
    const v = res.verifyApiKey;
    return v && typeof v.keyId === 'string' ? { keyId: v.keyId, scopes: Array.isArray(v.scopes) ? v.scopes : [] } : null;
  };
}
