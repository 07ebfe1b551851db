import { IdentityVerifier, signIdentity, IDENTITY_HEADER, SIGNATURE_HEADER } from '../src/identity';

const secret = 'x'.repeat(40);
const who = { kind: 'admin' as const, sub: 's1', scopes: [], rid: 'req-12345678' };

describe('signed identity', () => {
  it('accepts a fresh signature once and refuses its replay', () => {
    const v = new IdentityVerifier(secret);
    const h = signIdentity(secret, who);
    const first = v.verify(h[IDENTITY_HEADER], h[SIGNATURE_HEADER]);
    expect(first).toMatchObject({ kind: 'admin', sub: 's1' });
    expect(v.verify(h[IDENTITY_HEADER], h[SIGNATURE_HEADER])).toBe('replayed');
  });

  it('refuses a wrong secret, a tampered payload, a missing header and an old timestamp', () => {
    const v = new IdentityVerifier(secret, 1000);
    const h = signIdentity('y'.repeat(40), who);
    expect(v.verify(h[IDENTITY_HEADER], h[SIGNATURE_HEADER])).toBe('bad_signature');
    const good = signIdentity(secret, who);
    const tampered = Buffer.from(JSON.stringify({ ...who, kind: 'service', iat: Date.now(), nonce: 'n' })).toString('base64url');
    expect(v.verify(tampered, good[SIGNATURE_HEADER])).toBe('bad_signature');
    expect(v.verify(undefined, good[SIGNATURE_HEADER])).toBe('missing');
    const old = signIdentity(secret, who, Date.now() - 5000);
    expect(v.verify(old[IDENTITY_HEADER], old[SIGNATURE_HEADER])).toBe('expired');
  });
});
