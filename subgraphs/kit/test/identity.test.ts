import Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { IdentityVerifier, signIdentity, IDENTITY_HEADER, SIGNATURE_HEADER } from '../src/identity';
import { MemoryReplayGuard, RedisReplayGuard } from '../src/replay-guard';

const secret = 'x'.repeat(40);
const who = { kind: 'admin' as const, sub: 's1', scopes: [], rid: 'req-12345678' };
const body = JSON.stringify({ query: '{ hello }', variables: {} });
const forPool = { audience: 'pool', body };
const check = (v: IdentityVerifier, h: Record<string, string>, b = body) => v.verify(h[IDENTITY_HEADER], h[SIGNATURE_HEADER], b);

describe('signed identity', () => {
  it('accepts a fresh signature once and refuses its replay', async () => {
    const v = new IdentityVerifier(secret, { audience: 'pool' });
    const h = signIdentity(secret, who, forPool);
    expect(await check(v, h)).toMatchObject({ kind: 'admin', sub: 's1', aud: 'pool' });
    expect(await check(v, h)).toBe('replayed');
  });

  it('refuses a wrong secret, a tampered payload, a missing header and an old timestamp', async () => {
    const v = new IdentityVerifier(secret, { audience: 'pool', windowMs: 1000 });
    expect(await check(v, signIdentity('y'.repeat(40), who, forPool))).toBe('bad_signature');
    const good = signIdentity(secret, who, forPool);
    const tampered = Buffer.from(JSON.stringify({ ...who, kind: 'service', iat: Date.now(), nonce: 'n', aud: 'pool', bh: 'x' })).toString('base64url');
    expect(await v.verify(tampered, good[SIGNATURE_HEADER], body)).toBe('bad_signature');
    expect(await v.verify(undefined, good[SIGNATURE_HEADER], body)).toBe('missing');
    expect(await check(v, signIdentity(secret, who, forPool, Date.now() - 5000))).toBe('expired');
  });

  it('is valid only for its audience and its body', async () => {
    const users = new IdentityVerifier(secret, { audience: 'users' });
    const pool = new IdentityVerifier(secret, { audience: 'pool' });
    const forUsers = signIdentity(secret, who, { audience: 'users', body });
    expect(await check(pool, forUsers)).toBe('wrong_audience');
    expect(await check(users, forUsers, body.replace('hello', 'apiKeys'))).toBe('body_mismatch');
    expect(await check(users, forUsers)).toMatchObject({ aud: 'users' });
  });

  it('in memory, refuses identities issued before the process started (a restart forgets nonces)', async () => {
    const h = signIdentity(secret, who, forPool, Date.now() - 1000);
    expect(await check(new IdentityVerifier(secret, { audience: 'pool', replay: new MemoryReplayGuard(Date.now() - 2000) }), h)).toMatchObject({ sub: 's1' });
    // The "restarted" verifier: same header, new process.
    expect(await check(new IdentityVerifier(secret, { audience: 'pool', replay: new MemoryReplayGuard() }), h)).toBe('replayed');
  });

  (process.env.REDIS_URL ? it : it.skip)('with Redis, a nonce used by one replica is refused by another and after a restart', async () => {
    const prefix = `seatpool:test:nonce:${randomBytes(6).toString('hex')}:`;
    const a = new Redis(process.env.REDIS_URL!);
    const b = new Redis(process.env.REDIS_URL!);
    try {
      const replicaA = new IdentityVerifier(secret, { audience: 'pool', replay: new RedisReplayGuard(a, prefix) });
      const replicaB = new IdentityVerifier(secret, { audience: 'pool', replay: new RedisReplayGuard(b, prefix) });
      const h = signIdentity(secret, who, forPool);
      expect(await check(replicaA, h)).toMatchObject({ sub: 's1' });
      expect(await check(replicaB, h)).toBe('replayed');
      expect(await check(new IdentityVerifier(secret, { audience: 'pool', replay: new RedisReplayGuard(b, prefix) }), h)).toBe('replayed');
    } finally {
      a.disconnect();
      b.disconnect();
    }
  });
});
