import { SessionCache } from '../../src/auth/session-cache';

/**
 * The cache's timing on an injected clock (the real users round trip and the Redis push are in
 * e2e/session-cache.suite.ts). `verify` stands for users: it answers what `sessions` holds now,
 * when the test releases it.
 */
function setup(ttlMs = 1_000) {
  let now = 10_000;
  const sessions = new Map([['token-a', 'session-a']]);
  const calls: { token: string; release: () => void }[] = [];
  const verify = (token: string) =>
    new Promise<string | null>((resolve) => calls.push({ token, release: () => resolve(sessions.get(token) ?? null) }));
  const cache = new SessionCache(verify, { ttlMs, now: () => now });
  const settle = async () => {
    while (calls.length) calls.shift()!.release();
    await new Promise((r) => setImmediate(r));
  };
  return { cache, sessions, calls, settle, tick: (ms: number) => (now += ms) };
}

describe('session cache renewal', () => {
  it('serves a fresh answer without asking, renews it in the background after half its life, and never keeps one past ttl', async () => {
    const { cache, sessions, calls, settle, tick } = setup();
    const first = cache.get('token-a', 'r1');
    await settle();
    expect(await first).toBe('session-a');

    tick(400); // fresh: no call
    expect(await cache.get('token-a', 'r2')).toBe('session-a');
    expect(calls).toHaveLength(0);

    tick(200); // past half its life: answered at once, renewed in the background
    expect(await cache.get('token-a', 'r3')).toBe('session-a');
    expect(calls).toHaveLength(1);
    expect(await cache.get('token-a', 'r4')).toBe('session-a'); // one renewal at a time
    expect(calls).toHaveLength(1);

    sessions.delete('token-a'); // revoked in users (not through a gateway) while the renewal is in flight
    await settle();
    // The renewal saw the revocation: refused at once, well inside the bound.
    expect(await cache.get('token-a', 'r5')).toBeNull();
  });

  it('an answer whose renewal does not come back ends ttl after it was asked for', async () => {
    const { cache, calls, settle, tick } = setup();
    const first = cache.get('token-a', 'r1');
    await settle();
    await first;
    tick(600);
    expect(await cache.get('token-a', 'r2')).toBe('session-a'); // renewal asked, never answered
    expect(calls).toHaveLength(1);
    tick(400); // exactly ttl after the first ask: no longer served from the cache
    const late = cache.get('token-a', 'r3');
    let answered = false;
    void late.then(() => (answered = true));
    await new Promise((r) => setImmediate(r));
    expect(answered).toBe(false); // waits for users instead
    await settle();
    expect(await late).toBe('session-a');
  });

  it('a revocation that races the renewal is not overwritten by its answer', async () => {
    const { cache, sessions, calls, settle, tick } = setup();
    const first = cache.get('token-a', 'r1');
    await settle();
    await first;
    tick(600);
    await cache.get('token-a', 'r2'); // renewal in flight; users still says the session is live
    expect(calls).toHaveLength(1);
    await cache.revoke('session-a'); // revoked through a gateway meanwhile
    const pending = cache.get('token-a', 'r3');
    await settle(); // the renewal's answer, from before the revocation, comes back: dropped, users asked again
    expect(calls).toHaveLength(1);
    sessions.delete('token-a');
    await settle();
    expect(await pending).toBeNull();
    expect(await cache.get('token-a', 'r4')).toBeNull();
  });
});
