import { AppError, ServiceCallError } from '@seatpool/kit';
import type { GatewayContext } from '../context';
import type { ApiKeyVerifier } from './api-key-auth';

type Caller = GatewayContext['identity'];

const BEARER = /^Bearer\s+([A-Za-z0-9._~+/=-]{16,512})$/;

/**
 * Turns the Authorization header into the caller's identity: none → anonymous; a bearer token
 * with the API-key prefix → that key's id and scopes (subgraphs check the scopes); any other
 * bearer token → an admin session. A token that does not verify is refused, never downgraded
 * to anonymous, so a client learns at once that its credential is bad.
 */
export function createAuthenticator(opts: {
  apiKeyPrefix: string;
  verifySession: (token: string, requestId: string) => Promise<string | null>;
  verifyApiKey: ApiKeyVerifier;
}) {
  const ask = async <T>(what: string, check: () => Promise<T>): Promise<T> => {
    try {
      return await check();
    } catch (err) {
      // The owner answered with an error (e.g. it refused us): the credential is not good here.
      if (err instanceof ServiceCallError && err.kind === 'graphql') throw new AppError('UNAUTHENTICATED');
      throw new AppError('UPSTREAM_UNAVAILABLE', { detail: `The ${what} service is unavailable.` });
    }
  };

  return async function authenticate(authorization: string | undefined, requestId: string, ip: string): Promise<Caller> {
    if (!authorization) return { kind: 'anonymous', sub: '', scopes: [], ip };
    const token = BEARER.exec(authorization.trim())?.[1];
    if (!token) throw new AppError('UNAUTHENTICATED', { detail: 'Use "Authorization: Bearer <token>".' });
    if (token.startsWith(opts.apiKeyPrefix)) {
      const key = await ask('API key', () => opts.verifyApiKey(token, requestId));
      if (!key) throw new AppError('UNAUTHENTICATED', { detail: 'The API key is unknown or revoked.' });
      return { kind: 'apikey', sub: key.keyId, scopes: key.scopes, ip };
    }
    const sessionId = await ask('session', () => opts.verifySession(token, requestId));
    if (!sessionId) throw new AppError('UNAUTHENTICATED', { detail: 'The session is unknown, expired or revoked.' });
    return { kind: 'admin', sub: sessionId, scopes: [], ip };
  };
}
