import { createServiceClient } from '@seatpool/kit';

const VERIFY = `query($token: String!) { verifySession(token: $token) { sessionId expiresAt } }`;

/**
 * Resolves an admin session token to its session id by asking users (the owner of sessions).
 * Null: unknown, expired or revoked. Throws kit's ServiceCallError when users cannot answer.
 * The gateway calls it through `SessionCache` (≤ 1 s per token, revocations pushed).
 */
export function createSessionVerifier(usersUrl: string, secret: string, timeoutMs: number) {
  const call = createServiceClient({ url: usersUrl, secret, service: 'gateway', audience: 'users', timeoutMs });
  return async (token: string, requestId: string): Promise<string | null> => {
    const res = await call<{ verifySession: { sessionId: string } | null }>(VERIFY, { token }, requestId);
    return res.verifySession?.sessionId ?? null;
  };
}
