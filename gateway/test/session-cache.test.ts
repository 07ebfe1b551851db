import { ALL_SESSIONS, SessionCache } from '../src/auth/session-cache';

/** A users stand-in whose answers the test sets, counting the calls; and a clock the test moves. */
function setup(ttlMs = 1_000) {
  const answers = new Map<string, string | null>([['token-a', 'session-a'], ['token-b', 'session-b']]);
  let calls = 0;
  let now = 1_000_000;
  const cache = new SessionCache(async (token) => (calls++, answers.get(token) ?? null), { ttlMs, now: () => now });
  return { cache, answers, calls: () => calls, advance: (ms: number) => void (now += ms) };
}

describe('SessionCache (the gateway keeps users\' answer for at most ttlMs)', () => {
  it('answers from the cache within ttlMs and asks users again after it', async () => {
    const t = setup();
    expect(await t.cache.get('token-a', 'r1')).toBe('session-a');
    t.answers.set('token-a', null); // revoked straight in users: this gateway hears nothing
    // Within the first half of its life an answer is served without asking (after that it is renewed
    // in the background: session-cache-renewal.test.ts).
    t.advance(499);
    expect(await t.cache.get('token-a', 'r2')).toBe('session-a');
    expect(t.calls()).toBe(1);
    t.advance(501);
    expect(await t.cache.get('token-a', 'r3')).toBeNull(); // refused once ttlMs has passed
    expect(t.calls()).toBe(2);
  });

  it('a revocation seen here drops the entry at once; ALL_SESSIONS drops every entry', async () => {
    const t = setup();
    await t.cache.get('token-a', 'r1');
    await t.cache.get('token-b', 'r2');
    t.answers.set('token-a', null);
    await t.cache.revoke('session-a');
    expect(await t.cache.get('token-a', 'r3')).toBeNull();
    t.answers.set('token-b', null);
    await t.cache.revoke(ALL_SESSIONS);
    expect(await t.cache.get('token-b', 'r4')).toBeNull();
  });

  it('concurrent requests with one token share one users call', async () => {
    const t = setup();
    expect(await Promise.all([1, 2, 3].map((i) => t.cache.get('token-a', `r${i}`)))).toEqual(['session-a', 'session-a', 'session-a']);
    expect(t.calls()).toBe(1);
  });
});
