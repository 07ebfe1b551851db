import { AppError, createServiceClient, ServiceCallError, type Identity } from '@seatpool/kit';

type Caller = Omit<Identity, 'iat' | 'nonce' | 'rid'>;

const VERIFY = `query($token: String!) { verifySession(token: $token) { sessionId expiresAt } }`;

/**
 * Turns `Authorization: Bearer <token>` into an admin identity by asking users (the owner of
 * sessions) on every request — no cache, so a logout or revocation takes effect at once.
 */
export function createSessionAuth(usersUrl: string, secret: string) {
  const call = createServiceClient({ url: usersUrl, secret, service: 'gateway', timeoutMs: 5_000 });
  return async function authenticate(authorization: string | undefined, requestId: string, ip?: string): Promise<Caller> {
    if (!authorization) return { kind: 'anonymous', sub: '', scopes: [], ip };
    const match = /^Bearer\s+([A-Za-z0-9._~+/=-]{16,512})$/.exec(authorization.trim());
    if (!match) throw new AppError('UNAUTHENTICATED', { detail: 'Use "Authorization: Bearer <token>".' });
    let session: { verifySession: { sessionId: string } | null };
    try {
      session = await call(VERIFY, { token: match[1] }, requestId);
    } catch (err) {
      if (err instanceof ServiceCallError && err.kind === 'graphql') throw new AppError('UNAUTHENTICATED');
      throw new AppError('UPSTREAM_UNAVAILABLE', { detail: 'The session service is unavailable.' });
    }
    if (!session.verifySession) throw new AppError('UNAUTHENTICATED', { detail: 'The session is unknown, expired or revoked.' });
    return { kind: 'admin', sub: session.verifySession.sessionId, scopes: [], ip };
  };
}
